import type { Config } from "@react-router/dev/config";

export default {
  ssr: true,
  // Opting in now makes the later move to React Router 8 a dependency bump (stack notes, 8).
  future: {
    v8_middleware: true,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: false,
    v8_trailingSlashAwareDataRequests: true,
    v8_passThroughRequests: true,
  },
} satisfies Config;
