// Builds the Docker image's runtime stage WITHOUT Docker (issue 15, item 9): reads the
// Dockerfile's last stage and carries out its COPY and `RUN npm ci` lines into a folder, from the
// repository (the build context) and from its build outputs (the `build` stage's /app). What the
// image would lack, this folder lacks: no sources, no dev dependencies, no tsx.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export type RuntimeLayout = { dir: string; command: string[]; env: Record<string, string> };

function words(text: string): string[] {
  return text.trim().startsWith("[") ? (JSON.parse(text) as string[]) : text.trim().split(/\s+/);
}

/** Carries out the runtime stage of the Dockerfile into `dir`. */
export function buildRuntimeLayout(dir: string): RuntimeLayout {
  const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8").replace(/\\\n/g, " ");
  const stages = dockerfile.split(/^FROM /m);
  const runtime = stages[stages.length - 1] ?? "";
  let workdir = "/app";
  let command: string[] = [];
  const env: Record<string, string> = {};
  const local = (path: string) => join(dir, path.startsWith("/app") ? path.slice(4) : join(workdir.slice(4), path));
  for (const line of runtime.split("\n").slice(1)) {
    const [instruction = "", ...rest] = line.trim().split(/\s+/);
    const args = rest.join(" ");
    if (instruction === "WORKDIR") workdir = args;
    else if (instruction === "ENV") for (const pair of rest) env[pair.split("=")[0] ?? ""] = pair.split("=")[1] ?? "";
    else if (instruction === "CMD") command = words(args);
    else if (instruction === "COPY") {
      const parts = words(args);
      const fromBuild = parts[0]?.startsWith("--from=");
      const paths = fromBuild ? parts.slice(1) : parts;
      const target = paths.pop() ?? ".";
      for (const source of paths) {
        const from = fromBuild ? join(ROOT, source.replace(/^\/app\/?/, "")) : join(ROOT, source);
        const to = target.endsWith("/") ? join(local(target), source.split("/").pop() ?? "") : local(target);
        mkdirSync(dirname(to), { recursive: true });
        cpSync(from, to, { recursive: true });
      }
    } else if (instruction === "RUN") {
      for (const step of args.split("&&").map((s) => s.trim())) {
        if (!step.startsWith("npm ci")) continue; // e.g. `npm cache clean`: nothing to carry over
        const result = spawnSync("npm", [...words(step).slice(1), "--prefer-offline"], {
          cwd: local("."),
          encoding: "utf8",
          env: { ...process.env, NODE_ENV: "production" },
        });
        if (result.status !== 0) throw new Error(`${step} failed:\n${result.stderr}`);
      }
    }
  }
  return { dir: local("."), command, env };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export type Running = { child: ChildProcess; baseUrl: string; output: () => string; exited: Promise<number | null> };

/** Every server started here; a test that fails half-way leaves none behind (stopAll). */
const started = new Set<ChildProcess>();

export async function stopAll(): Promise<void> {
  for (const child of started) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const gone = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await gone;
  }
  started.clear();
}

/** Starts a server command and waits until /healthz answers (or the process ends). */
export async function startCommand(command: string[], cwd: string, env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const [program = "node", ...args] = command;
  const child = spawn(program === "node" ? process.execPath : program, args, {
    cwd,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.add(child);
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000; // a busy two-core machine
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { child, baseUrl, output: () => log, exited };
}

/**
 * A request the server is in the middle of: its headers are in (the server answered
 * `100 Continue`) and its body is still to come. `finish()` sends the body and resolves with
 * the status of the response; `answered()` says whether a response came before that.
 */
export async function inFlightRequest(baseUrl: string, path: string, body: string) {
  const { request } = await import("node:http");
  const url = new URL(path, baseUrl);
  let answered = false;
  const req = request(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      expect: "100-continue",
    },
  });
  const response = new Promise<number>((resolve, reject) => {
    req.on("response", (res) => {
      answered = true;
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
  });
  await new Promise<void>((resolve, reject) => {
    req.once("continue", () => resolve());
    req.once("error", reject);
  });
  return {
    answered: () => answered,
    finish: () => {
      req.end(body);
      return response;
    },
  };
}
