import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimits } from "./http-middleware.ts";

let baseUrl = "";
let close: () => void;

beforeAll(async () => {
  const app = express();
  app.use(createRateLimits({ loginPerMinute: 3, requestsPerMinute: 5 }));
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
    expect(await refused.json()).toMatchObject({ error: { message: "Too many requests. Please wait a minute and try again." } });
  });

  it("limits other requests separately and never the health check", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await fetch(`${baseUrl}/`)).status);
    expect(statuses.at(-1)).toBe(429);
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
  });
});
