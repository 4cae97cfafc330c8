// The daily digest (issue 19, reminders): delivered by a real SMTP exchange to a test mail
// server in this process, for a woman recorded through the API; it holds counts and a link
// only, never her pseudonym; it goes once a day, not before the morning, and not to staff who
// turned it off.
import { addDays } from "@gesim/core";
import { eq, users } from "@gesim/db";
import type { TestDb } from "@gesim/db/testing";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createSeededDb, NEW_CLIENT_FACTS, TODAY } from "../testing/test-support.ts";
import { sendDailyDigests } from "./daily-digest.ts";
import { createSmtpSender } from "./smtp-mail.ts";

type Received = { to: string[]; subject: string; text: string };
let handle: TestDb;
let server: SMTPServer;
let port = 0;
const inbox: Received[] = [];

beforeAll(async () => {
  handle = await createSeededDb();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, done) {
      // Decoded as a mail program would (quoted-printable, encoded subject lines).
      simpleParser(stream).then(
        (mail) => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          inbox.push({ to, subject: mail.subject ?? "", text: mail.text ?? "" });
          done();
        },
        (error: Error) => done(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  port = typeof address === "object" && address ? address.port : 0;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await handle.close();
});

/** 09:00 in the demo organisation (UTC) on TODAY. */
const MORNING = new Date(`${TODAY}T09:00:00Z`);

async function run(now: Date, send = createSmtpSender(`smtp://127.0.0.1:${port}`, "planner@ngo.example")) {
  try {
    return await sendDailyDigests(handle.db, { now, appUrl: "https://planner.ngo.example", send });
  } finally {
    send.close();
  }
}

function digestTo(email: string): Received[] {
  return inbox.filter((mail) => mail.to.includes(email));
}

describe("daily digest", () => {
  beforeAll(async () => {
    // A woman recorded through the API with an overdue step.
    const caseworker = await callerFor(handle, "caseworker-b@demo.test");
    const client = await caseworker.clients.create({ ...NEW_CLIENT_FACTS, pseudonym: "Digest Juniper" });
    const plan = await caseworker.plans.create({ clientId: client.id });
    await caseworker.plans.addAction({
      clientId: client.id,
      planId: plan.id,
      version: plan.version,
      action: { domain: "language", actionId: "language-course", status: "planned", dueDate: "2026-11-20" },
    });
    // Tomorrow, in person, with an interpreter not booked yet: a conflict in My work, and in the digest.
    await caseworker.appointments.create({
      clientId: client.id,
      appointment: {
        kind: "legal",
        date: addDays(TODAY, 1),
        startTime: "10:00",
        durationMinutes: 60,
        mode: "in-person",
        place: "Fictional Digest Court",
        interpreter: { language: "ro", gender: "woman", mode: "in-person", booked: false },
      },
    });
  });

  it("sends nothing before the morning on the organisation's clock", async () => {
    const report = await run(new Date(`${TODAY}T05:00:00Z`));
    expect(report.sent).toBe(0);
    expect(inbox).toEqual([]);
  });

  it("tells her how many steps are overdue and links to her inbox, with no pseudonym", async () => {
    const report = await run(MORNING);
    expect(report.failed).toBe(0);
    expect(report.sent).toBeGreaterThan(0);
    const [mail, ...more] = digestTo("caseworker-b@demo.test");
    expect(more).toEqual([]);
    expect(mail?.subject).toBe("GeSIM Planner: your work today");
    const text = mail?.text ?? "";
    expect(text).toMatch(/^Steps overdue: \d+$/m);
    expect(text).toMatch(/^Interpreters not booked for appointments in the next 2 days: \d+$/m);
    expect(text).toContain("https://planner.ngo.example/my-work");
    // Nothing of any woman: no pseudonym of the caseload, no step, no date of hers.
    expect(text).not.toContain("Digest Juniper");
    expect(text).not.toMatch(/language course|2026-11-20|Fictional Digest Court|interpreter \(|\bro\b/i);
    // Funders and administrators get none.
    expect(digestTo("funder@demo.test")).toEqual([]);
    expect(digestTo("admin@demo.test")).toEqual([]);
  });

  it("goes once a day: a second run the same day sends nothing again", async () => {
    const before = inbox.length;
    const report = await run(new Date(`${TODAY}T15:00:00Z`));
    expect(report.sent).toBe(0);
    expect(inbox.length).toBe(before);
  });

  it("is in the language she chose, and not sent at all once she turned it off", async () => {
    await handle.db.update(users).set({ language: "de" }).where(eq(users.email, "caseworker-b@demo.test"));
    await run(new Date("2026-11-24T09:00:00Z"));
    expect(digestTo("caseworker-b@demo.test").at(-1)?.subject).toBe("GeSIM Planner: Ihre Arbeit heute");
    await handle.db.update(users).set({ digestEmails: false }).where(eq(users.email, "caseworker-b@demo.test"));
    const before = digestTo("caseworker-b@demo.test").length;
    await run(new Date("2026-11-25T09:00:00Z"));
    expect(digestTo("caseworker-b@demo.test").length).toBe(before);
  });

  it("gives the day back when the mail server refuses, so the next run sends it", async () => {
    const refusing = Object.assign(
      async () => {
        throw new Error("550 refused");
      },
      { close() {} },
    );
    const failed = await run(new Date("2026-11-26T09:00:00Z"), refusing);
    expect(failed.sent).toBe(0);
    expect(failed.failed).toBeGreaterThan(0);
    const retried = await run(new Date("2026-11-26T10:00:00Z"));
    expect(retried.sent).toBe(failed.failed);
  });
});
