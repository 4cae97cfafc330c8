// JavaScript a page sends, from the production build: React Router's manifest
// (build/client/assets/manifest-*.js) names each route's module and imports and the entry's;
// a page loads the entry, the manifest itself and the modules of every route it matches.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

type ManifestEntry = { module: string; imports?: string[] };
type Manifest = { entry: ManifestEntry; routes: Record<string, ManifestEntry & { id: string; parentId?: string }> };

export type PageJs = { page: string; routeId: string; files: number; bytes: number; gzipBytes: number };

export function readManifest(clientDir: string): { manifest: Manifest; file: string } {
  const name = readdirSync(join(clientDir, "assets")).find((f) => /^manifest-[\w-]+\.js$/.test(f));
  if (!name) throw new Error(`no React Router manifest in ${clientDir}/assets: run npm run build -w @gesim/web`);
  const source = readFileSync(join(clientDir, "assets", name), "utf8");
  const json = source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1);
  return { manifest: JSON.parse(json) as Manifest, file: `/assets/${name}` };
}

/** The JS files of a route and its parents (the entry and manifest included), each once. */
export function pageScripts(manifest: Manifest, manifestFile: string, routeId: string): string[] {
  const files = new Set<string>([manifestFile, manifest.entry.module, ...(manifest.entry.imports ?? [])]);
  const chain: string[] = [];
  for (let id: string | undefined = routeId; id; id = manifest.routes[id]?.parentId) chain.unshift(id);
  for (const id of chain) {
    const route = manifest.routes[id];
    if (!route) throw new Error(`route ${id} is not in the manifest`);
    files.add(route.module);
    for (const file of route.imports ?? []) files.add(file);
  }
  return [...files];
}

/** Bytes and gzip bytes (level 6, as the compression middleware sends them) per file, summed. */
export function measurePageJs(clientDir: string, pages: Record<string, string>): PageJs[] {
  const { manifest, file } = readManifest(clientDir);
  return Object.entries(pages).map(([page, routeId]) => {
    const files = pageScripts(manifest, file, routeId);
    let bytes = 0;
    let gzipBytes = 0;
    for (const f of files) {
      const content = readFileSync(join(clientDir, f));
      bytes += content.length;
      gzipBytes += gzipSync(content, { level: 6 }).length;
    }
    return { page, routeId, files: files.length, bytes, gzipBytes };
  });
}
