// Issue 14, items 5, 9 and 10, over HTTP: cross-origin requests, the API's content types, GETs
// that could spend privacy budget, body limits, and whose X-Forwarded-For is believed.
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiGuard,
  BODY_LIMITS,
  bodyLimitOf,
  bodyLimits,
  canonicalPathGuard,
  documentUploadLimit,
  originGuard,
  sideEffectPageGuard,
} from "./request-guards.ts";
import { nullOriginGuard } from "./security-headers.ts";

let baseUrl = "";
let close: () => void;

async function listen(app: express.Express) {
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

beforeAll(async () => {
  const app = express();
  app.use(canonicalPathGuard, bodyLimits, nullOriginGuard, originGuard, apiGuard, sideEffectPageGuard);
  app.all("/{*path}", (req, res) => {
    req.resume();
    req.on("end", () => res.send("reached"));
  });
  ({ url: baseUrl, close } = await listen(app));
});
afterAll(() => close());

const RESOURCE_ROUTES = ["/logout", "/language", "/session/keep-alive", "/indicators/export", "/clients/new"];
const form = { "content-type": "application/x-www-form-urlencoded" };

describe("state-changing requests from another site are refused everywhere", () => {
  it.each(RESOURCE_ROUTES)("POST %s with a foreign Origin or Sec-Fetch-Site", async (path) => {
    const foreign = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { ...form, origin: "https://evil.example" },
      body: "locale=de&returnTo=/",
    });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toBe("This form was sent from outside GeSIM Planner and was refused.");
    for (const site of ["cross-site", "same-site"]) {
      const response = await fetch(`${baseUrl}${path}`, {
        method: "POST",
        headers: { ...form, "sec-fetch-site": site },
        body: "x=1",
      });
      expect(response.status).toBe(403);
    }
    const own = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { ...form, origin: baseUrl, "sec-fetch-site": "same-origin" },
      body: "x=1",
    });
    expect(own.status).toBe(200);
  });

  it("refuses an API call from another site, even as JSON, in the reader's language", async () => {
    const response = await fetch(`${baseUrl}/api/trpc/auth.logoutEverywhere`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example", "accept-language": "de" },
      body: "{}",
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      error: { message: "Dieses Formular wurde von außerhalb von GeSIM Planner gesendet und abgelehnt." },
    });
  });

  it("lets scripts without a browser's headers through (they carry no victim's cookie)", async () => {
    const response = await fetch(`${baseUrl}/api/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(response.status).toBe(200);
  });
});

describe("the API takes only JSON bodies", () => {
  it.each([
    ["multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--x--\r\n"],
    ["text/plain", "{}"],
    ["application/x-www-form-urlencoded", "a=1"],
    ["application/octet-stream", "{}"],
  ])("refuses %s with 415", async (type, body) => {
    const response = await fetch(`${baseUrl}/api/trpc/auth.logoutEverywhere`, {
      method: "POST",
      headers: { "content-type": type },
      body,
    });
    expect(response.status).toBe(415);
  });

  it("accepts application/json, with a charset too", async () => {
    for (const type of ["application/json", "application/json; charset=utf-8"]) {
      const response = await fetch(`${baseUrl}/api/trpc/clients.create`, {
        method: "POST",
        headers: { "content-type": type },
        body: "{}",
      });
      expect(response.status).toBe(200);
    }
  });
});

describe("nothing that spends privacy budget answers a GET", () => {
  it.each([
    "/api/trpc/indicators.funder",
    "/api/trpc/indicators.funderExport",
    "/api/trpc/indicators.budget,indicators.funder?batch=1",
    "/api/trpc/indicators%2Efunder",
    "/API/trpc/indicators.funder",
    "/api//TRPC/indicators.funder",
  ])("GET %s is refused with 405", async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("the funder's page answers only navigations from this site or typed by her", async () => {
    expect((await fetch(`${baseUrl}/indicators`, { headers: { "sec-fetch-site": "cross-site" } })).status).toBe(403);
    expect((await fetch(`${baseUrl}/indicators.data`, { headers: { "sec-fetch-site": "same-site" } })).status).toBe(
      403,
    );
    expect((await fetch(`${baseUrl}/indicators`, { headers: { "sec-fetch-site": "same-origin" } })).status).toBe(200);
    expect((await fetch(`${baseUrl}/indicators`, { headers: { "sec-fetch-site": "none" } })).status).toBe(200);
    expect((await fetch(`${baseUrl}/api/trpc/indicators.budget`)).status).toBe(200);
    // The router matches any case: so does the guard.
    expect((await fetch(`${baseUrl}/Indicators`, { headers: { "sec-fetch-site": "cross-site" } })).status).toBe(403);
  });
});

describe("pages that reveal or download her data answer only navigations from this site", () => {
  it.each([
    "/clients/c0ffee/subject-access",
    "/clients/c0ffee/subject-access.json",
    "/clients/c0ffee/subject-access.data",
    "/clients/c0ffee/plan/print.pdf",
    "/clients/c0ffee/plan/print",
    "/CLIENTS/c0ffee/Subject-Access",
  ])("GET %s from another site is refused; from this site it is served", async (path) => {
    for (const site of ["cross-site", "same-site"])
      expect((await fetch(`${baseUrl}${path}`, { headers: { "sec-fetch-site": site } })).status).toBe(403);
    expect((await fetch(`${baseUrl}${path}`, { headers: { "sec-fetch-site": "same-origin" } })).status).toBe(200);
  });

  it("her overview, linked from anywhere, is still a page like any other", async () => {
    expect((await fetch(`${baseUrl}/clients/c0ffee`, { headers: { "sec-fetch-site": "cross-site" } })).status).toBe(
      200,
    );
  });
});

/** A request with the path exactly as written (fetch would resolve dot segments first). */
function rawStatus(path: string, method = "POST"): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}/`, {
      method,
      path,
      agent: false,
      headers: { "content-type": "application/json" },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end(method === "GET" ? undefined : "{}");
  });
}

describe("paths only in normal form (attack review: the sign-in limit was walked round with /./login)", () => {
  it.each([
    "/./login",
    "/x/../login",
    "/%2e/login",
    "/x/%2E%2E/login",
    "/api/x/../trpc/auth.login",
    "/api/trpc/./auth.login",
    "/login/.",
    "/a\\b",
    "/%E0%A4%A",
  ])("%s is refused with 400", async (path) => {
    expect(await rawStatus(path)).toBe(400);
    expect(await rawStatus(path, "GET")).toBe(400);
  });

  it("a normal path, and a name with dots in it, pass", async () => {
    expect([
      await rawStatus("/login"),
      await rawStatus("/clients/c0ffee/subject-access.json", "GET"),
      await rawStatus("/assets/entry.client-abc.js", "GET"),
    ]).toEqual([200, 200, 200]);
  });
});

describe("request bodies have a limit per kind of route", () => {
  it.each([
    ["/language", BODY_LIMITS.small],
    ["/login", BODY_LIMITS.small],
    ["/clients/new", BODY_LIMITS.page],
    ["/api/trpc/notes.create", BODY_LIMITS.api],
  ])("%s takes %i bytes and refuses one more with a clear 413", async (path, limit) => {
    const headers = { "content-type": path.startsWith("/api/") ? "application/json" : form["content-type"] };
    const fits = await fetch(`${baseUrl}${path}`, { method: "POST", headers, body: "x".repeat(limit) });
    expect(fits.status).toBe(200);
    const over = await fetch(`${baseUrl}${path}`, { method: "POST", headers, body: "x".repeat(limit + 1) });
    expect(over.status).toBe(413);
    const text = await over.text();
    expect(text).toContain("What you sent is too large");
  });

  it("lets a document upload reach its page up to twice the largest document, and only there", async () => {
    const tenMegabytes = 10 * 1024 * 1024;
    expect(bodyLimitOf("/clients/3f0c2a4e-0000-4000-8000-000000000001/documents", tenMegabytes)).toBe(
      documentUploadLimit(tenMegabytes),
    );
    expect(documentUploadLimit(tenMegabytes)).toBeGreaterThan(12 * 1024 * 1024);
    expect(bodyLimitOf("/clients/3f0c2a4e-0000-4000-8000-000000000001/documents", 1024 * 1024)).toBeLessThan(
      12 * 1024 * 1024,
    );
    expect(bodyLimitOf("/clients/3f0c2a4e-0000-4000-8000-000000000001/notes", tenMegabytes)).toBe(BODY_LIMITS.page);
    const headers = { "content-type": "multipart/form-data; boundary=x" };
    const twelve = await fetch(`${baseUrl}/clients/3f0c2a4e-0000-4000-8000-000000000001/documents`, {
      method: "POST",
      headers,
      body: "x".repeat(12 * 1024 * 1024),
    });
    expect(twelve.status).toBe(200);
    const huge = await fetch(`${baseUrl}/clients/3f0c2a4e-0000-4000-8000-000000000001/documents`, {
      method: "POST",
      headers,
      body: "x".repeat(documentUploadLimit(tenMegabytes) + 1),
    });
    expect(huge.status).toBe(413);
  });

  it("refuses an 8 MB body before reading it, and a body of unknown length", async () => {
    const big = await fetch(`${baseUrl}/api/trpc/notes.create`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "x".repeat(8 * 1024 * 1024),
    });
    expect(big.status).toBe(413);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${baseUrl}/api/trpc/notes.create`, {
        method: "POST",
        headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      });
      req.on("response", (res) => resolve(res.statusCode ?? 0));
      req.on("error", reject);
      req.write("{}");
      req.end();
    });
    expect(status).toBe(411);
  });
});

describe("X-Forwarded-For counts only from a configured proxy", () => {
  it("a client that reaches the server directly cannot choose its address", async () => {
    const addresses: string[] = [];
    for (const trusted of [["10.9.9.9"], ["loopback"]]) {
      const app = express();
      app.set("trust proxy", trusted);
      app.get("/ip", (req, res) => res.send(req.ip));
      const server = await listen(app);
      const response = await fetch(`${server.url}/ip`, { headers: { "x-forwarded-for": "203.0.113.7" } });
      addresses.push(await response.text());
      server.close();
    }
    // Not a configured proxy: the header is ignored. The configured proxy (here loopback): believed.
    expect(addresses[0]).toMatch(/127\.0\.0\.1$/);
    expect(addresses[1]).toBe("203.0.113.7");
  });
});
