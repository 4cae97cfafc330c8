import { describe, expect, it } from "vitest";
import { ArgsError, DEFAULT_CLIENTS, parseBenchArgs, QUICK_CLIENTS } from "./args.ts";

describe("parseBenchArgs", () => {
  it("defaults to 100k clients at concurrency 1 and 16", () => {
    const args = parseBenchArgs([]);
    expect(args.clients).toBe(DEFAULT_CLIENTS);
    expect(args.connections).toEqual([1, 16]);
    expect(args.scaling).toBe(false);
  });

  it("reads --quick, --clients with separators, --connections and --only", () => {
    expect(parseBenchArgs(["--quick"]).clients).toBe(QUICK_CLIENTS);
    const args = parseBenchArgs(["--clients", "2_000", "--connections", "4, 4,8", "--only", "plans.get,caseload"]);
    expect(args.clients).toBe(2000);
    expect(args.connections).toEqual([4, 8]);
    expect(args.only).toEqual(["plans.get", "caseload"]);
  });

  it("refuses bad input with the usage line", () => {
    expect(() => parseBenchArgs(["--clients", "many"])).toThrow(ArgsError);
    expect(() => parseBenchArgs(["--clients", "10"])).toThrow(/at least 20/);
    expect(() => parseBenchArgs(["--quick", "--clients", "9000"])).toThrow(/exclude/);
    expect(() => parseBenchArgs(["--scaling", "--quick"])).toThrow(/--scaling/);
    expect(() => parseBenchArgs(["--nope"])).toThrow(/npm run bench/);
  });
});
