// Vitest globalSetup of the browser tests: starts the app once on a fresh database (it
// migrates and seeds the demo), stops it, and offers what it left as the template every spec
// file's server copies (app-server.ts). `stop` removes it at the end of the run.
import type { TestProject } from "vitest/node";
import { startAppServer } from "./app-server.ts";

export default async function setup(project: TestProject) {
  const app = await startAppServer({}, { fromTemplate: false });
  await app.kill("SIGTERM");
  project.provide("appTemplate", app.data);
  return () => app.stop();
}
