// Issue 14 against the production server (items 5, 6, 8, 9, 10): each attack the review made,
// over HTTP, now fails. Runs on embedded PGlite (default) and on PostgreSQL when DATABASE_URL is set.
import { request as httpRequest } from "node:http";
import { networkInterfaces } from "node:os";
import { DEMO_PASSWORD } from "@gesim/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "../support/app-server.ts";
import { trpcHttp } from "../support/trpc-http.ts";

let server: AppServer;
let token = "";
beforeAll(async () => {
  server = await startAppServer({ GESIM_RETENTION_INTERVAL_HOURS: "0" });
  const response = await fetch(`${server.baseUrl}/api/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "manager@demo.test", password: DEMO_PASSWORD }),
  });
  token = ((await response.json()) as { result: { data: { sessionToken: string } } }).result.data.sessionToken;
});
afterAll(() => server?.stop());

const cookie = () => ({ cookie: `gesim_session=${token}` });
const own = () => ({ origin: server.baseUrl, "sec-fetch-site": "same-origin" });
const form = { "content-type": "application/x-www-form-urlencoded" };

async function stillSignedIn(): Promise<boolean> {
  const response = await fetch(`${server.baseUrl}/api/trpc/auth.me`, { headers: { authorization: `Bearer ${token}` } });
  return response.ok;
}

describe("the server's surface", () => {
  it("listens on 127.0.0.1 unless HOST says otherwise, and sends no X-Powered-By", async () => {
    expect(server.output()).toContain(`http://127.0.0.1:${new URL(server.baseUrl).port}`);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === "IPv4" && !address.internal);
    if (external) {
      const port = new URL(server.baseUrl).port;
      await expect(fetch(`http://${external.address}:${port}/healthz`)).rejects.toThrow();
    }
    for (const path of ["/login", "/healthz", "/api/trpc/auth.me", "/no-such-page"]) {
      const response = await fetch(`${server.baseUrl}${path}`);
      expect(response.headers.get("x-powered-by"), path).toBeNull();
    }
  });

  it("refuses cross-origin POSTs to resource routes and keeps the session", async () => {
    for (const path of ["/logout", "/language", "/session/keep-alive", "/indicators/export"]) {
      const response = await fetch(`${server.baseUrl}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: { ...form, ...cookie(), origin: "https://evil.example", "sec-fetch-site": "cross-site" },
        body: "locale=de&returnTo=/&format=csv",
      });
      expect(response.status, path).toBe(403);
    }
    expect(await stillSignedIn()).toBe(true);
  });

  it("refuses a form-encoded API call (multipart, text/plain) and keeps every session", async () => {
    const bodies: [string, string][] = [
      ["multipart/form-data; boundary=x", "--x--\r\n"],
      ["text/plain", "{}"],
    ];
    for (const [type, body] of bodies) {
      const response = await fetch(`${server.baseUrl}/api/trpc/auth.logoutEverywhere`, {
        method: "POST",
        headers: { ...cookie(), "content-type": type },
        body,
      });
      expect(response.status).toBe(415);
    }
    expect(await stillSignedIn()).toBe(true);
  });

  it("never answers a budget-spending procedure to a GET", async () => {
    const response = await fetch(`${server.baseUrl}/api/trpc/indicators.funder`, { headers: cookie() });
    expect(response.status).toBe(405);
    // A query may come by POST (as JSON), as those that spend budget must.
    const byPost = await fetch(`${server.baseUrl}/api/trpc/auth.me`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    });
    expect(byPost.status).toBe(200);
  });

  it("does not redirect off-site after choosing a language", async () => {
    for (const returnTo of ["/.//evil.example", "//evil.example", "/\\evil.example", "https://evil.example/"]) {
      const response = await fetch(`${server.baseUrl}/language`, {
        method: "POST",
        redirect: "manual",
        headers: { ...form, ...own() },
        body: new URLSearchParams({ locale: "de", returnTo }).toString(),
      });
      expect(response.status).toBe(302);
      expect(response.headers.get("location"), returnTo).toBe("/");
    }
  });

  it("refuses an 8 MB body with a clear 413 before reading it", async () => {
    // The server answers on the headers alone; the body is never sent.
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${server.baseUrl}/api/trpc/notes.create`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          "content-length": String(8 * 1024 * 1024),
        },
      });
      req.on("response", (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on("error", reject);
      req.flushHeaders();
    });
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ error: { data: { httpStatus: 413 } } });
  });
});

describe("no pseudonym in a URL (item 8)", () => {
  it("a caseload search is POSTed and redirects to a key, and page cursors are sealed", async () => {
    const api = trpcHttp(server.baseUrl, token);
    const { items } = await api.query<{ items: { pseudonym: string }[] }>("clients.list", { limit: 1 });
    const pseudonym = items[0]?.pseudonym ?? "";
    expect(pseudonym).not.toBe("");
    const term = pseudonym.slice(0, 5);
    const searched = await fetch(`${server.baseUrl}/?index`, {
      method: "POST",
      redirect: "manual",
      headers: { ...form, ...cookie(), ...own() },
      body: new URLSearchParams({ q: term, status: "" }).toString(),
    });
    expect(searched.status).toBe(302);
    const location = searched.headers.get("location") ?? "";
    expect(location).toMatch(/^\/\?s=[A-Za-z0-9_-]{22}$/);
    expect(location.toLowerCase()).not.toContain(term.toLowerCase());
    const page = await (await fetch(`${server.baseUrl}${location}`, { headers: cookie() })).text();
    expect(page).toContain(pseudonym);
    // Every link on the page (pager included) is free of the term.
    for (const [, href] of page.matchAll(/href="([^"]*)"/g)) expect(href).not.toContain(term);
    // Another session cannot open the key.
    const other = await fetch(`${server.baseUrl}/api/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "caseworker@demo.test", password: DEMO_PASSWORD }),
    });
    const otherToken = ((await other.json()) as { result: { data: { sessionToken: string } } }).result.data
      .sessionToken;
    const theirs = await (
      await fetch(`${server.baseUrl}${location}`, { headers: { cookie: `gesim_session=${otherToken}` } })
    ).text();
    expect(theirs).toContain("That search has expired");
  });
});
