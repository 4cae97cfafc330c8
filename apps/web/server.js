// Starts GeSIM Planner: `npm start` (production build) or `npm run dev` (Vite dev server).
import compression from "compression";
import express from "express";

const DEVELOPMENT = process.env.NODE_ENV === "development";
const PORT = Number.parseInt(process.env.PORT || "3000", 10);

const app = express();
app.disable("x-powered-by");
app.use(compression());

let startup;
if (DEVELOPMENT) {
  const vite = await import("vite").then((m) => m.createServer({ server: { middlewareMode: true } }));
  app.use(vite.middlewares);
  const source = await vite.ssrLoadModule("./server/app.ts");
  startup = await source.startServer();
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
  startup = await source.startServer();
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
  app.use(express.static("build/client", { maxAge: "1h" }));
  app.use(source.createApp(startup));
}

const server = app.listen(PORT, () => {
  console.log(`\nGeSIM Planner is running on http://localhost:${PORT} (database: ${startup.dbKind})`);
  for (const line of startup.banner) console.log(line);
});

async function shutdown() {
  server.close();
  await startup.close();
  process.exit(0);
}
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
