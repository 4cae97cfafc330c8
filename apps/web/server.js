// Starts GeSIM Planner: `npm start` (production build) or `npm run dev` (Vite dev server).
// The container runs `node apps/web/server.js` directly, so SIGTERM reaches this process.
import { fileURLToPath } from "node:url";
import compression from "compression";
import express from "express";

/** A failed start-up ends with its message on one line (a wrong key names the fix), not a stack trace. */
function failStartup(error) {
  console.error(`GeSIM Planner did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const DEVELOPMENT = process.env.NODE_ENV === "development";
const PORT = Number.parseInt(process.env.PORT || "3000", 10);
// The address to listen on: this machine only by default; the container sets HOST=0.0.0.0.
const HOST = process.env.HOST || "127.0.0.1";
const SHUTDOWN_GRACE_MS = 10_000;

const app = express();
app.disable("x-powered-by");
app.use(compression());

let startup;
if (DEVELOPMENT) {
  const vite = await import("vite").then((m) => m.createServer({ server: { middlewareMode: true } }));
  app.use(vite.middlewares);
  startup = await (await vite.ssrLoadModule("./server/app.ts")).startServer().catch(failStartup);
  app.use(async (req, res, next) => {
    try {
      const fresh = await vite.ssrLoadModule("./server/app.ts");
      return fresh.createApp(startup)(req, res, next);
    } catch (error) {
      if (error instanceof Error) vite.ssrFixStacktrace(error);
      next(error);
    }
  });
} else {
  const source = await import("./build/server/index.js");
  startup = await source.startServer().catch(failStartup);
  // Relative to this file, so the server runs from any working directory (the image runs it from /app).
  const client = fileURLToPath(new URL("./build/client", import.meta.url));
  app.use("/assets", express.static(`${client}/assets`, { immutable: true, maxAge: "1y" }));
  app.use(express.static(client, { maxAge: "1h" }));
  app.use(source.createApp(startup));
}

const server = app.listen(PORT, HOST, () => {
  const shown = HOST === "0.0.0.0" || HOST === "::" ? "localhost" : HOST.includes(":") ? `[${HOST}]` : HOST;
  console.log(`\nGeSIM Planner is running on http://${shown}:${PORT} (database: ${startup.dbKind})`);
  for (const line of startup.banner) console.log(line);
});

// Graceful shutdown: stop accepting, let in-flight requests finish, close the database.
let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} received: finishing open requests, then stopping.`);
  const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
  force.unref();
  server.close(async () => {
    await startup.close();
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.once("SIGTERM", () => shutdown("SIGTERM"));
process.once("SIGINT", () => shutdown("SIGINT"));
