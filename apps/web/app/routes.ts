import { index, route, type RouteConfig } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("login", "routes/login.tsx"),
  route("login/second-factor", "routes/second-factor.tsx"),
  route("logout", "routes/logout.ts"),
  route("language", "routes/language.ts"),
  route("healthz", "routes/healthz.ts"),
  route("api/trpc/*", "routes/api.trpc.ts"),
] satisfies RouteConfig;
