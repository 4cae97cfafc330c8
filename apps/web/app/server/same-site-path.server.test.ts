import { describe, expect, it } from "vitest";
import { sameSitePath } from "./same-site-path.server.ts";

const REQUEST = "https://gesim.example/session/keep-alive";

describe("sameSitePath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(sameSitePath("/clients/abc/plan?tab=goals", REQUEST)).toBe("/clients/abc/plan?tab=goals");
  });

  it.each(["//evil.example", "/\\evil.example", "/\\/evil.example", "https://evil.example/", "evil", "", null, 42])(
    "refuses %s",
    (value) => {
      expect(sameSitePath(value, REQUEST)).toBe("/");
    },
  );
});
