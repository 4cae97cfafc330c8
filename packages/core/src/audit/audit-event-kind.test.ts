import { describe, expect, test } from "vitest";
import { auditAreaOf, auditEventKind, revealReasonOf } from "./audit-event-kind.ts";

describe("auditEventKind", () => {
  test.each([
    ["notes.list", "ok", "viewed"],
    ["identity.status", "ok", "viewed"],
    ["clients.get", "ok", "viewed"],
    ["notes.create", "ok", "created"],
    ["plans.addAction", "ok", "created"],
    ["plans.updateAction", "ok", "changed"],
    ["clients.close", "ok", "changed"],
    ["identity.reveal:legal-proceedings", "ok", "revealed"],
    ["clients.subjectAccess", "ok", "exported"],
    ["document.download", "ok", "viewed"],
    ["document.create", "ok", "created"],
    ["admin.oversight.reveals", "ok", "viewed"],
    ["admin.oversight.reviewReveal", "ok", "changed"],
    ["client.read", "ok", "viewed"],
    ["note.read", "ok", "viewed"],
    ["notes.accessLog", "ok", "viewed"],
    ["client.share", "ok", "changed"],
    ["client.subjectAccessExport", "ok", "exported"],
    ["notes.list", "denied", "refused"],
    ["identity.reveal:legal-proceedings", "not-found", "refused"],
  ])("%s (%s) is %s", (action, outcome, kind) => {
    expect(auditEventKind(action, outcome)).toBe(kind);
  });
});

test("areas: known entity types stay, unknown ones are her record", () => {
  expect(auditAreaOf("note")).toBe("note");
  expect(auditAreaOf("session")).toBe("client");
  expect(auditAreaOf(null)).toBe("client");
});

test("the reveal reason comes from the action", () => {
  expect(revealReasonOf("identity.reveal:medical-emergency")).toBe("medical-emergency");
  expect(revealReasonOf("notes.list")).toBeNull();
  expect(revealReasonOf("identity.reveal")).toBeNull();
});
