// Gzip size of the JavaScript a page loads, from the production build's React Router manifest.
// Usage: npm run build && node scripts/measure-js.mjs [route id …]
// (default: the plan page: root, client layout, plan route).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const CLIENT = new URL("../build/client", import.meta.url).pathname;
const manifestFile = readdirSync(join(CLIENT, "assets")).find((name) => /^manifest-.*\.js$/.test(name));
if (!manifestFile) throw new Error("no build: run npm run build first");
const source = readFileSync(join(CLIENT, "assets", manifestFile), "utf8");
const manifest = JSON.parse(source.slice(source.indexOf("=") + 1).replace(/;\s*$/, ""));
const routeIds = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["root", "routes/clients/client-layout", "routes/clients/plan/plan"];

const files = new Set([`/assets/${manifestFile}`, manifest.entry.module, ...manifest.entry.imports]);
for (const id of routeIds) {
  const route = manifest.routes[id];
  if (!route) throw new Error(`unknown route ${id}`);
  for (const file of [route.module, ...(route.imports ?? [])]) files.add(file);
}
let total = 0;
const rows = [...files].map((file) => {
  const gzip = gzipSync(readFileSync(join(CLIENT, file)), { level: 6 }).length;
  total += gzip;
  return [gzip, file];
});
for (const [gzip, file] of rows.sort((a, b) => b[0] - a[0]))
  console.log(`${(gzip / 1024).toFixed(1).padStart(7)} KB  ${file}`);
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  total gzip (${routeIds.join(", ")})`);
