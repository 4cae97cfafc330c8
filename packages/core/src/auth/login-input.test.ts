import { describe, expect, it } from "vitest";
import { LoginInputSchema } from "./login-input.ts";

function issues(input: unknown) {
  const result = LoginInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
}

describe("LoginInputSchema", () => {
  it("normalises the email", () => {
    expect(LoginInputSchema.parse({ email: "  Caseworker@Demo.TEST ", password: "x" })).toEqual({
      email: "caseworker@demo.test",
      password: "x",
    });
  });

  it.each([
    [{ email: "", password: "" }, ["email:auth.emailRequired", "password:auth.passwordRequired"]],
    [{ email: "not-an-email", password: "x" }, ["email:auth.emailInvalid"]],
    [{ email: `${"a".repeat(250)}@x.org`, password: "x" }, ["email:auth.emailTooLong"]],
    [{ email: "a@b.org", password: "p".repeat(1025) }, ["password:auth.passwordTooLong"]],
    [{ email: 42, password: ["x"] }, ["email:auth.emailRequired", "password:auth.passwordRequired"]],
    [{}, ["email:auth.emailRequired", "password:auth.passwordRequired"]],
  ])("rejects %j with message keys", (input, expected) => {
    expect(issues(input)).toEqual(expected);
  });
});
