import { describe, expect, it } from "vitest";
import { readEnv } from "./env.server.ts";

describe("readEnv", () => {
  it("accepts an empty environment (embedded database, demo by default)", () => {
    expect(readEnv({})).toEqual({
      NODE_ENV: "production",
      GESIM_LOGIN_LIMIT_PER_MINUTE: 10,
      GESIM_REQUEST_LIMIT_PER_MINUTE: 600,
      GESIM_EXPENSIVE_LIMIT_PER_MINUTE: 30,
      GESIM_RETENTION_INTERVAL_HOURS: 24,
      GESIM_SNAPSHOT_INTERVAL_HOURS: 24,
      GESIM_SESSION_IDLE_SECONDS: 1800,
      GESIM_FUNDER_RELEASE_MAX_AGE_HOURS: 24,
      GESIM_TRUSTED_PROXIES: ["loopback"],
      GESIM_DIGEST_HOUR: 7,
      GESIM_DOCUMENT_MAX_MB: 10,
    });
  });

  it("reads a server URL and the demo switch", () => {
    expect(
      readEnv({ DATABASE_URL: "postgres://u@127.0.0.1:5432/db", GESIM_DEMO: "1", NODE_ENV: "development" }),
    ).toEqual({
      DATABASE_URL: "postgres://u@127.0.0.1:5432/db",
      GESIM_DEMO: true,
      NODE_ENV: "development",
      GESIM_LOGIN_LIMIT_PER_MINUTE: 10,
      GESIM_REQUEST_LIMIT_PER_MINUTE: 600,
      GESIM_EXPENSIVE_LIMIT_PER_MINUTE: 30,
      GESIM_RETENTION_INTERVAL_HOURS: 24,
      GESIM_SNAPSHOT_INTERVAL_HOURS: 24,
      GESIM_SESSION_IDLE_SECONDS: 1800,
      GESIM_FUNDER_RELEASE_MAX_AGE_HOURS: 24,
      GESIM_TRUSTED_PROXIES: ["loopback"],
      GESIM_DIGEST_HOUR: 7,
      GESIM_DOCUMENT_MAX_MB: 10,
    });
    expect(readEnv({ GESIM_DEMO: "0" }).GESIM_DEMO).toBe(false);
  });

  it("reads the mail settings for the digest, and needs a sender and the public address with SMTP_URL", () => {
    const mail = readEnv({
      SMTP_URL: "smtps://planner:secret@mail.ngo.example:465",
      GESIM_MAIL_FROM: "planner@ngo.example",
      GESIM_PUBLIC_URL: "https://planner.ngo.example",
      GESIM_DIGEST_HOUR: "8",
    });
    expect(mail).toMatchObject({ SMTP_URL: "smtps://planner:secret@mail.ngo.example:465", GESIM_DIGEST_HOUR: 8 });
    expect(() => readEnv({ SMTP_URL: "smtp://mail.ngo.example" })).toThrowError(
      /GESIM_MAIL_FROM is needed when SMTP_URL is set[\s\S]*GESIM_PUBLIC_URL is needed/,
    );
    expect(() => readEnv({ SMTP_URL: "http://mail.ngo.example" })).toThrowError(/SMTP_URL must be an smtp:\/\//);
    expect(() => readEnv({ GESIM_DIGEST_HOUR: "25" })).toThrowError(/GESIM_DIGEST_HOUR must be an hour from 0 to 23/);
  });

  it("reads the retention interval, 0 to turn it off, and refuses anything else", () => {
    expect(readEnv({ GESIM_RETENTION_INTERVAL_HOURS: "0" }).GESIM_RETENTION_INTERVAL_HOURS).toBe(0);
    expect(readEnv({ GESIM_RETENTION_INTERVAL_HOURS: "6" }).GESIM_RETENTION_INTERVAL_HOURS).toBe(6);
    expect(() => readEnv({ GESIM_RETENTION_INTERVAL_HOURS: "daily" })).toThrowError(
      /GESIM_RETENTION_INTERVAL_HOURS must be a number of hours/,
    );
    expect(() => readEnv({ GESIM_RETENTION_INTERVAL_HOURS: "-1" })).toThrowError(
      /GESIM_RETENTION_INTERVAL_HOURS must be a number of hours/,
    );
  });

  it("reads the monthly-snapshot interval, 0 to turn it off, and refuses anything else", () => {
    expect(readEnv({ GESIM_SNAPSHOT_INTERVAL_HOURS: "0" }).GESIM_SNAPSHOT_INTERVAL_HOURS).toBe(0);
    expect(readEnv({ GESIM_SNAPSHOT_INTERVAL_HOURS: "12" }).GESIM_SNAPSHOT_INTERVAL_HOURS).toBe(12);
    expect(() => readEnv({ GESIM_SNAPSHOT_INTERVAL_HOURS: "monthly" })).toThrowError(
      /GESIM_SNAPSHOT_INTERVAL_HOURS must be a number of hours/,
    );
  });

  it("reads the idle time and refuses one too short to warn before", () => {
    expect(readEnv({ GESIM_SESSION_IDLE_SECONDS: "600" }).GESIM_SESSION_IDLE_SECONDS).toBe(600);
    expect(() => readEnv({ GESIM_SESSION_IDLE_SECONDS: "5" })).toThrowError(
      /GESIM_SESSION_IDLE_SECONDS must be at least 20/,
    );
    expect(() => readEnv({ GESIM_SESSION_IDLE_SECONDS: "ten" })).toThrowError(
      /GESIM_SESSION_IDLE_SECONDS must be a whole number of seconds/,
    );
  });

  it("reads the maximum age of a stored funder release and refuses anything else", () => {
    expect(readEnv({ GESIM_FUNDER_RELEASE_MAX_AGE_HOURS: "168" }).GESIM_FUNDER_RELEASE_MAX_AGE_HOURS).toBe(168);
    for (const bad of ["daily", "0", "-3", "9000"]) {
      expect(() => readEnv({ GESIM_FUNDER_RELEASE_MAX_AGE_HOURS: bad }), bad).toThrowError(
        /GESIM_FUNDER_RELEASE_MAX_AGE_HOURS must be a number of hours/,
      );
    }
  });

  it("treats empty values as unset", () => {
    expect(readEnv({ DATABASE_URL: "", GESIM_DATA_DIR: "" })).toMatchObject({ NODE_ENV: "production" });
    expect(readEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("stops with a clear message naming the bad setting and never echoing its value", () => {
    expect(() => readEnv({ DATABASE_URL: "not a url with secret-password", GESIM_DEMO: "yes" })).toThrowError(
      /DATABASE_URL: DATABASE_URL must be a postgres:\/\/ connection URL\n {2}GESIM_DEMO: GESIM_DEMO must be 0 or 1/,
    );
    expect(() => readEnv({ DATABASE_URL: "not a url with secret-password" })).not.toThrowError(/secret-password/);
  });

  it("trusts only the proxies it is told of (issue 14, item 9)", () => {
    expect(readEnv({ GESIM_TRUST_PROXY: "1" }).GESIM_TRUSTED_PROXIES).toEqual(["loopback"]);
    expect(
      readEnv({ GESIM_TRUSTED_PROXIES: "10.0.0.2, 172.16.0.0/12,uniquelocal, ::1" }).GESIM_TRUSTED_PROXIES,
    ).toEqual(["10.0.0.2", "172.16.0.0/12", "uniquelocal", "::1"]);
    for (const bad of ["*", "true", "10.0.0.300", "proxy.example", " , "])
      expect(() => readEnv({ GESIM_TRUSTED_PROXIES: bad }), bad).toThrowError(/GESIM_TRUSTED_PROXIES/);
  });
});
