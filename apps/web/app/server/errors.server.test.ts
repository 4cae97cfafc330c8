import { afterEach, describe, expect, it, vi } from "vitest";
import { logServerError } from "./errors.server.ts";
import { logger } from "./logger.server.ts";

afterEach(() => vi.restoreAllMocks());

describe("logServerError (issue 14: the cause and a request id, never personal data)", () => {
  it("logs the request id, the error's class, a database code and where it was thrown, not the message", () => {
    const error = Object.assign(new RangeError('value "Umbel-536" out of range for type integer'), { code: "22003" });
    error.cause = new TypeError("Umbel-536");
    const spy = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    logServerError(error, "7f0c1d2e-request");
    expect(spy).toHaveBeenCalledTimes(1);
    const [fields, message] = spy.mock.calls[0] as unknown as [Record<string, unknown>, string];
    expect(message).toBe("server error");
    expect(fields).toMatchObject({
      requestId: "7f0c1d2e-request",
      err: { type: "RangeError", code: "22003", cause: "TypeError" },
    });
    expect((fields.err as { stack: string }).stack).toMatch(/^\s+at /);
    expect(JSON.stringify(fields)).not.toContain("Umbel");
  });

  it("logs a thrown non-Error with the request id only", () => {
    const spy = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    logServerError("Umbel-536", "id-2");
    expect(JSON.stringify(spy.mock.calls)).not.toContain("Umbel");
    expect(JSON.stringify(spy.mock.calls)).toContain("id-2");
  });
});
