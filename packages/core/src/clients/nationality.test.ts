import { describe, expect, test } from "vitest";
import { ClientFactsSchema, clientFactsProblem } from "./client-record.ts";
import { citizenshipGroupOf, EU_MEMBER_STATES, NationalitySchema, nationalityProblem } from "./nationality.ts";

describe("nationality", () => {
  test.each([
    ["RO", "eu"],
    ["NG", "third-country"],
    ["stateless", "third-country"],
    ["NO", undefined],
    ["CH", undefined],
  ] as const)("%s implies the citizenship group %s", (nationality, group) => {
    expect(citizenshipGroupOf(nationality)).toBe(group);
  });

  test("every member state is a country of the list", () => {
    for (const code of EU_MEMBER_STATES) expect(NationalitySchema.safeParse(code).success).toBe(true);
    expect(EU_MEMBER_STATES).toHaveLength(27);
  });

  test("free text is refused with a message key", () => {
    const result = NationalitySchema.safeParse("Nigerian");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("client.error.nationality");
  });

  test.each([
    [{ nationality: "RO", citizenship: "third-country" }, "client.error.nationalityGroup"],
    [{ nationality: "NG", citizenship: "eu" }, "client.error.nationalityGroup"],
    [{ nationality: "RO", citizenship: "eu" }, null],
    [{ nationality: "NO", citizenship: "eu" }, null],
    [{ nationality: "NG", citizenship: undefined }, null],
    [{ nationality: null, citizenship: "eu" }, null],
  ] as const)("%o → %s", (facts, problem) => {
    expect(nationalityProblem(facts)).toBe(problem);
  });

  test("clientFactsProblem reports a contradiction the schema alone lets through", () => {
    const facts = ClientFactsSchema.parse({
      firstContactDate: "2026-11-02",
      citizenship: "third-country",
      nationality: "BG",
      childrenCount: 0,
      isPregnant: false,
      languages: [],
      needsInterpreter: false,
      identificationStatus: "not-assessed",
      cooperationWithAuthorities: "not-asked",
      isInTrainingOrWork: false,
    });
    expect(clientFactsProblem(facts)).toBe("client.error.nationalityGroup");
    expect(clientFactsProblem({ ...facts, citizenship: "eu" })).toBeNull();
  });
});
