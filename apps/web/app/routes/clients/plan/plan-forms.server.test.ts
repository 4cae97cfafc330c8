import { describe, expect, it } from "vitest";
import { parseAction, parseGoal, parsePlanFields, valuesOf } from "./plan-forms.server.ts";
import { printLanguage } from "./print.server.ts";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

const PROVIDER = { id: "3f1c2a9e-1b7a-4a57-9a43-0a4a1c1e5f10", domains: ["childcare"] };

describe("parseGoal", () => {
  it("reads her words, the GAS level, weight and only the level descriptions given", () => {
    const goal = parseGoal(
      form([
        ["domain", "language"],
        ["text", " Pass the test "],
        ["inHerOwnWords", "on"],
        ["currentGasLevel", "-1"],
        ["weight", "2"],
        ["gas-zero", "B1"],
      ]),
    );
    expect(goal).toEqual({
      ok: true,
      value: {
        domain: "language",
        text: "Pass the test",
        inHerOwnWords: true,
        currentGasLevel: -1,
        weight: 2,
        gasLevels: { zero: "B1" },
      },
    });
  });

  it("names the field and core's message when her goal is empty", () => {
    const goal = parseGoal(
      form([
        ["domain", "language"],
        ["text", ""],
        ["currentGasLevel", "0"],
        ["weight", "1"],
      ]),
    );
    expect(goal).toEqual({ ok: false, errors: { text: "plan.error.goalTextRequired" } });
  });
});

describe("parseAction", () => {
  it("splits the grouped choice into domain and catalogue action, with a provider of that domain", () => {
    const action = parseAction(
      form([
        ["choice", "childcare:childcare-place"],
        ["providerId", PROVIDER.id],
        ["dueDate", "2027-01-10"],
        ["status", "planned"],
      ]),
      [PROVIDER],
    );
    expect(action).toEqual({
      ok: true,
      value: {
        domain: "childcare",
        actionId: "childcare-place",
        providerId: PROVIDER.id,
        dueDate: "2027-01-10",
        status: "planned",
      },
    });
  });

  it("asks for a choice, a description for an other step, and a barrier when blocked", () => {
    expect(parseAction(form([["choice", ""]]), [])).toMatchObject({
      ok: false,
      errors: { choice: "plan.error.actionNeedsIdOrText" },
    });
    expect(parseAction(form([["choice", "legal:"]]), [])).toMatchObject({
      ok: false,
      errors: { freeText: "plan.error.actionNeedsIdOrText" },
    });
    expect(
      parseAction(
        form([
          ["choice", "legal:rights-information"],
          ["status", "blocked"],
        ]),
        [],
      ),
    ).toMatchObject({ ok: false, errors: { barrierReason: "plan.error.barrierRequired" } });
  });

  it("refuses a provider that does not serve the action's domain", () => {
    expect(
      parseAction(
        form([
          ["choice", "legal:rights-information"],
          ["providerId", PROVIDER.id],
        ]),
        [PROVIDER],
      ),
    ).toMatchObject({ ok: false, errors: { providerId: "planPage.error.providerDomain" } });
  });

  it("links the step to one of her goals, and refuses a goal that is not an id (issue 16)", () => {
    const goalId = "0b6f2c1e-4d5a-4e8b-9c2d-1a2b3c4d5e6f";
    const linked = parseAction(
      form([
        ["choice", "legal:rights-information"],
        ["goalId", goalId],
      ]),
      [],
    );
    expect(linked).toMatchObject({ ok: true, value: { domain: "legal", goalId } });
    expect(parseAction(form([["choice", "legal:rights-information"]]), [])).toMatchObject({
      ok: true,
      value: { goalId: undefined },
    });
    expect(
      parseAction(
        form([
          ["choice", "legal:rights-information"],
          ["goalId", "not-a-goal"],
        ]),
        [],
      ),
    ).toEqual({ ok: false, errors: { goalId: "planPage.error.field" } });
  });
});

describe("parsePlanFields", () => {
  it("needs the date she agreed, and keeps only known conditions", () => {
    expect(parsePlanFields(form([["agreedByClient", "on"]]))).toEqual({
      ok: false,
      errors: { agreedOn: "plan.error.agreementDateRequired" },
    });
    const fields = parsePlanFields(
      form([
        ["conditionsImposed", "leaving-prostitution"],
        ["conditionsImposed", "made-up"],
        ["accommodationSingleSex", "yes"],
        ["accommodationRatedSafe", "not-asked"],
      ]),
    );
    expect(fields).toMatchObject({
      ok: true,
      value: {
        agreedByClient: false,
        agreedOn: null,
        conditionsImposed: ["leaving-prostitution"],
        accommodationSingleSex: true,
        accommodationRatedSafe: "not-asked",
      },
    });
  });
});

describe("valuesOf", () => {
  it("gives back what was typed, repeated names as lists, without intent and version", () => {
    expect(
      valuesOf(
        form([
          ["intent", "add-goal"],
          ["version", "3"],
          ["text", "Mine"],
          ["c", "a"],
          ["c", "b"],
        ]),
      ),
    ).toEqual({ text: "Mine", c: ["a", "b"] });
  });
});

describe("printLanguage", () => {
  it("takes ?lang=, else her first language if supported, else the interface language", () => {
    expect(printLanguage("it", ["de"], "en")).toBe("it");
    expect(printLanguage(null, ["de", "en"], "en")).toBe("de");
    expect(printLanguage(null, ["ro-RO", "en"], "en")).toBe("ro");
    expect(printLanguage("xx", ["pt"], "it")).toBe("it");
  });
});
