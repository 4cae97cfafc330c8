import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCspNonce, nullOriginGuard, securityHeaders } from "./security-headers.ts";

let baseUrl = "";
let close: () => void;

beforeAll(async () => {
  const app = express();
  app.use(securityHeaders);
  app.use(nullOriginGuard);
  app.get("/own-cache", (_req, res) => res.append("Cache-Control", "private, max-age=60").send("ok"));
  app.all("/{*path}", (req, res) => res.json({ nonce: getCspNonce(res), origin: req.headers.origin ?? null }));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

const post = (headers: Record<string, string>) => fetch(`${baseUrl}/clients/new`, { method: "POST", headers });

describe("security headers", () => {
  it("sends a CSP whose script nonce is new on every response, and no unsafe-inline", async () => {
    const [a, b] = await Promise.all([fetch(`${baseUrl}/`), fetch(`${baseUrl}/`)]);
    const nonces = [(await a.json()).nonce, (await b.json()).nonce];
    expect(nonces[0]).not.toBe(nonces[1]);
    const csp = a.headers.get("content-security-policy") ?? "";
    expect(csp).toContain(`script-src 'self' 'nonce-${nonces[0]}'`);
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"])
      expect(csp).toContain(directive);
    expect(csp).not.toContain("unsafe-inline");
    expect(a.headers.get("referrer-policy")).toBe("no-referrer");
    expect(a.headers.get("cache-control")).toBe("no-store");
  });

  it("lets a route's own Cache-Control replace the no-store default instead of joining it", async () => {
    expect((await fetch(`${baseUrl}/own-cache`)).headers.get("cache-control")).toBe("private, max-age=60");
  });

  it("sends HSTS only over https", async () => {
    expect((await fetch(`${baseUrl}/`)).headers.get("strict-transport-security")).toBeNull();
    const app = express();
    app.set("trust proxy", 1);
    app.use(securityHeaders);
    app.get("/", (_req, res) => res.send("ok"));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
      headers: { "x-forwarded-proto": "https" },
    });
    server.close();
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });
});

describe("POSTs with Origin: null (what no-referrer makes browsers send)", () => {
  it("drops the null Origin when the browser marks the request same-origin", async () => {
    const response = await post({ origin: "null", "sec-fetch-site": "same-origin" });
    expect(response.status).toBe(200);
    expect((await response.json()).origin).toBeNull();
  });

  it("refuses a null-origin POST from another site or without fetch metadata", async () => {
    const cases: Record<string, string>[] = [
      { origin: "null", "sec-fetch-site": "cross-site" },
      { origin: "null", "sec-fetch-site": "same-site" },
      { origin: "null" },
    ];
    for (const headers of cases) {
      const response = await post(headers);
      expect(response.status).toBe(403);
      expect(await response.text()).toBe("This form was sent from outside GeSIM Planner and was refused.");
    }
  });

  it("leaves real Origin headers to React Router's own check", async () => {
    const response = await post({ origin: "https://elsewhere.example", "sec-fetch-site": "cross-site" });
    expect((await response.json()).origin).toBe("https://elsewhere.example");
  });
});
