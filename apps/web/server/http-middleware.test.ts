import type { AddressInfo } from "node:net";
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
