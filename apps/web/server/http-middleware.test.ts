import type { AddressInfo } from "node:net";
import { MAX_BATCH_CALLS } from "@gesim/api";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimits } from "./http-middleware.ts";

let baseUrl = "";
let close: () => void;

beforeAll(async () => {
  const app = express();
  app.use(createRateLimits({ loginPerMinute: 3, requestsPerMinute: 5, expensivePerMinute: 100 }));
  app.all("/{*path}", (_req, res) => res.send("ok"));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

describe("rate limits", () => {
  it("allows a few sign-in attempts a minute, then answers 429 with a clear message", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await fetch(`${baseUrl}/login`, { method: "POST" })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await fetch(`${baseUrl}/api/trpc/auth.login`, { method: "POST" });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({
      error: { message: "Too many requests. Please wait a minute and try again." },
    });
  });

  it("limits other requests separately and never the health check", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await fetch(`${baseUrl}/`)).status);
    expect(statuses.at(-1)).toBe(429);
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
  });
});

describe("expensive requests", () => {
  let expensiveUrl = "";
  let stop: () => void;
  beforeAll(async () => {
    const app = express();
    app.use(createRateLimits({ loginPerMinute: 3, requestsPerMinute: 50, expensivePerMinute: 2 }));
    app.all("/{*path}", (_req, res) => res.send("ok"));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    expensiveUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    stop = () => server.close();
  });
  afterAll(() => stop());

  it("limits indicators and exports per address, separately, with a 429 in the reader's language", async () => {
    const id = "00000000-0000-4000-8000-000000000000";
    const paths = [
      "/api/trpc/indicators.programme",
      `/clients/${id}/subject-access`,
      `/clients/${id}/subject-access.json`,
    ];
    const statuses: number[] = [];
    for (const path of paths) statuses.push((await fetch(`${expensiveUrl}${path}`)).status);
    expect(statuses).toEqual([200, 200, 429]);
    expect((await fetch(`${expensiveUrl}/clients/${id}`)).status).toBe(200);
    const german = await fetch(`${expensiveUrl}/api/trpc/clients.get,clients.subjectAccessExport`, {
      headers: { "accept-language": "de-CH,de;q=0.9" },
    });
    expect(german.status).toBe(429);
    expect(await german.json()).toMatchObject({
      error: { message: "Zu viele Anfragen. Bitte warten Sie eine Minute und versuchen Sie es erneut." },
    });
    const italian = await fetch(`${expensiveUrl}/clients/${id}/subject-access`, {
      headers: { cookie: "gesim_lang=it" },
    });
    expect(await italian.text()).toBe("Troppe richieste. Attendi un minuto e riprova.");
  });
});

/** A fresh server with its own counters, answering "ok" behind the limits. */
async function serve(settings: Parameters<typeof createRateLimits>[0]) {
  const app = express();
  app.use(createRateLimits(settings));
  app.all("/{*path}", (_req, res) => res.send("ok"));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

describe("limits per procedure call, not per path (issue 14)", () => {
  it("counts every spelling of a sign-in against the same limit", async () => {
    const { url, close } = await serve({ loginPerMinute: 4, requestsPerMinute: 100, expensivePerMinute: 100 });
    try {
      const spellings = ["/login/", "/api/trpc/auth%2Elogin", "/LOGIN.data", "//login//second-factor/"];
      const statuses: number[] = [];
      for (const path of spellings) statuses.push((await fetch(`${url}${path}`, { method: "POST" })).status);
      expect(statuses).toEqual([200, 200, 200, 200]);
      for (const path of [...spellings, "/api/trpc/auth.totp.verify", "/API/TRPC/auth.login/"])
        expect((await fetch(`${url}${path}`, { method: "POST" })).status).toBe(429);
      expect((await fetch(`${url}/login`)).status).toBe(200); // showing the form is no attempt
    } finally {
      close();
    }
  });

  it("refuses sign-ins inside a batch and batches above the cap, in the reader's language", async () => {
    const { url, close } = await serve({ loginPerMinute: 100, requestsPerMinute: 100, expensivePerMinute: 100 });
    try {
      for (const path of [
        "/api/trpc/auth.login,auth.login?batch=1",
        "/api/trpc/clients.list,auth%2Etotp%2Everify?batch=1",
        "/api/trpc/auth.me,admin.users.create?batch=1",
        `/api/trpc/${Array(MAX_BATCH_CALLS + 1)
          .fill("auth.me")
          .join(",")}?batch=1`,
      ]) {
        const response = await fetch(`${url}${path}`, { method: "POST", headers: { "accept-language": "de" } });
        expect(response.status).toBe(400);
        expect(await response.json()).toMatchObject({
          error: {
            message: "Zu viele Aufrufe in einer Anfrage oder eine Anmeldung in einem Stapel. Senden Sie sie einzeln.",
          },
        });
      }
      const allowed = Array(MAX_BATCH_CALLS).fill("auth.me").join(",");
      expect((await fetch(`${url}/api/trpc/${allowed}?batch=1`)).status).toBe(200);
    } finally {
      close();
    }
  });

  it("counts each call of a batch", async () => {
    const { url, close } = await serve({ loginPerMinute: 100, requestsPerMinute: 6, expensivePerMinute: 2 });
    try {
      expect((await fetch(`${url}/api/trpc/auth.me,clients.list,clients.get,auth.me,auth.me?batch=1`)).status).toBe(
        200,
      );
      expect((await fetch(`${url}/api/trpc/auth.me`)).status).toBe(200);
      expect((await fetch(`${url}/api/trpc/auth.me`)).status).toBe(429);
      const { url: other, close: closeOther } = await serve({
        loginPerMinute: 100,
        requestsPerMinute: 100,
        expensivePerMinute: 2,
      });
      try {
        const three = "indicators.programme,indicators.programme,indicators.programme";
        expect((await fetch(`${other}/api/trpc/${three}?batch=1`)).status).toBe(429);
      } finally {
        closeOther();
      }
    } finally {
      close();
    }
  });
});
