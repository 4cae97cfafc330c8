import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

// The server build's entry is server/app.ts (an Express app wrapping the React Router
// request handler), so start-up work (migrations, demo seed) is bundled with the routes.
export default defineConfig(({ isSsrBuild }) => ({
  build: { rollupOptions: isSsrBuild ? { input: "./server/app.ts" } : undefined },
  plugins: [reactRouter()],
}));
