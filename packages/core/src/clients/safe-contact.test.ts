import { describe, expect, test } from "vitest";
import { contactPermission, forbiddenChannels, type SafeContact, SafeContactSchema } from "./safe-contact.ts";

describe("safe-contact rules", () => {
  const inPersonOnly: SafeContact = { channels: ["in-person"], times: [], neverLeaveMessage: true };

  test("only the channels she agreed to are allowed; nothing is assumed before she is asked", () => {
    expect(contactPermission(inPersonOnly, "in-person")).toBe("allowed");
    expect(contactPermission(inPersonOnly, "letter")).toBe("never");
    expect(contactPermission(null, "letter")).toBe("not-recorded");
    expect(forbiddenChannels(inPersonOnly)).toEqual(["phone-call", "text-message", "messenger", "email", "letter"]);
  });

  test("rules with no channel at all are refused with a message key", () => {
    const result = SafeContactSchema.safeParse({ channels: [], times: ["evening"], neverLeaveMessage: false });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("client.error.safeContactChannels");
  });

  test("unknown channels and repeated channels are refused", () => {
    expect(SafeContactSchema.safeParse({ channels: ["pigeon"], times: [], neverLeaveMessage: false }).success).toBe(
      false,
    );
    expect(
      SafeContactSchema.safeParse({ channels: ["letter", "letter"], times: [], neverLeaveMessage: false }).success,
    ).toBe(false);
  });
});
