import { ClientFactsSchema, clientFactsProblem } from "@gesim/core";
import { describe, expect, it } from "vitest";
import { factsFromForm } from "./client-new.server.ts";
import { zodFieldErrors } from "./form-data.server.ts";
import { factFieldName, namedLists } from "./intake-facts-form.server.ts";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries({
    firstContactDate: "2026-11-02",
    identificationStatus: "not-assessed",
    cooperationWithAuthorities: "not-asked",
    ...fields,
  }))
    data.append(name, value);
  return data;
}

describe("the intake facts as posted", () => {
  it("turns ticks, selects and child rows into her facts", () => {
    const posted = form({
      citizenship: "third-country",
      nationality: "NG",
      "channel-in-person": "on",
      "channel-messenger": "on",
      "time-evening": "on",
      neverLeaveMessage: "on",
      needsInterpreter: "on",
      interpreterLanguage: "bin",
      interpreterGender: "woman",
      interpreterMode: "in-person",
      childrenCount: "2",
      "child-0-age": "4",
      "child-0-livesWith": "with-her",
      "child-1-age": "9",
      "child-1-livesWith": "abroad",
    });
    const facts = ClientFactsSchema.parse(factsFromForm(posted));
    expect(facts).toMatchObject({
      nationality: "NG",
      safeContact: { channels: ["messenger", "in-person"], times: ["evening"], neverLeaveMessage: true },
      interpreter: { language: "bin", gender: "woman", mode: "in-person" },
      children: [
        { age: 4, livesWith: "with-her" },
        { age: 9, livesWith: "abroad" },
      ],
    });
    expect(clientFactsProblem(facts)).toBeNull();
  });

  it("records nothing for questions not asked yet: no rules, no interpreter, the children list kept as it is", () => {
    const facts = ClientFactsSchema.parse(factsFromForm(form({ childrenCount: "2", interpreterGender: "woman" })));
    expect(facts.safeContact).toBeNull();
    expect(facts.interpreter).toBeNull();
    expect(facts.nationality).toBeNull();
    expect(facts.children).toBeUndefined();
    expect(ClientFactsSchema.parse(factsFromForm(form({ childrenCount: "0" }))).children).toEqual([]);
  });

  it("takes charges, proceedings and her claim apart from her cooperation choice; not chosen leaves them as recorded", () => {
    const facts = ClientFactsSchema.parse(
      factsFromForm(form({ chargesAgainstHer: "pending", proceedings: "conviction", compensationClaim: "awarded" })),
    );
    expect(facts).toMatchObject({
      chargesAgainstHer: "pending",
      proceedings: "conviction",
      compensationClaim: "awarded",
      cooperationWithAuthorities: "not-asked",
    });
    const unchosen = ClientFactsSchema.parse(factsFromForm(form({ chargesAgainstHer: "" })));
    expect(unchosen.chargesAgainstHer).toBeUndefined();
    expect(unchosen.compensationClaim).toBeUndefined();
  });

  it("names the field of an unknown charges, proceedings or claim value", () => {
    const posted = form({ chargesAgainstHer: "guilty", proceedings: "closed", compensationClaim: "maybe" });
    const parsed = ClientFactsSchema.safeParse(factsFromForm(posted));
    expect(parsed.success).toBe(false);
    const errors = parsed.success ? {} : zodFieldErrors(parsed.error, factFieldName(posted));
    expect(Object.keys(errors).sort()).toEqual(["chargesAgainstHer", "compensationClaim", "proceedings"]);
  });

  it("reads languages chosen by name line by line, each once, and her situation and code word", () => {
    const posted = form({
      "language-0": "ro",
      "language-1": "",
      "language-2": "pcm",
      "language-3": "ro",
      "exploitation-sexual": "on",
      "exploitation-forced-begging": "on",
      housingSituation: "mixed-reception-centre",
      "channel-in-person": "on",
      codeWord: "  Sunflower  ",
    });
    const facts = ClientFactsSchema.parse(factsFromForm(posted));
    expect(facts.languages).toEqual(["ro", "pcm"]);
    expect(facts.exploitationForms).toEqual(["sexual", "forced-begging"]);
    expect(facts.housingSituation).toBe("mixed-reception-centre");
    expect(facts.safeContact).toEqual({
      channels: ["in-person"],
      times: [],
      neverLeaveMessage: false,
      codeWord: "Sunflower",
    });
    const none = ClientFactsSchema.parse(factsFromForm(form({})));
    expect(none).toMatchObject({ languages: [], exploitationForms: [], housingSituation: null, safeContact: null });
  });

  it("keeps a code word typed without a channel as a mistake at the rules, and a too long one at its field", () => {
    const withoutChannel = form({ codeWord: "Sunflower" });
    const first = ClientFactsSchema.safeParse(factsFromForm(withoutChannel));
    if (first.success) throw new Error("a code word without a channel was accepted");
    expect(zodFieldErrors(first.error, factFieldName(withoutChannel))).toEqual({
      safeContact: "client.error.safeContactChannels",
    });
    const tooLong = form({ "channel-letter": "on", codeWord: "x".repeat(61), "language-0": "not a language!" });
    const second = ClientFactsSchema.safeParse(factsFromForm(tooLong));
    if (second.success) throw new Error("a too long code word was accepted");
    const errors = zodFieldErrors(second.error, factFieldName(tooLong));
    expect(errors.codeWord).toBe("client.error.codeWordLength");
    expect(Object.keys(errors).sort()).toEqual(["codeWord", "languages"]);
  });

  it("names the field of each mistake: the row of a child, the safe-contact rules, the interpreter", () => {
    const posted = form({
      childrenCount: "2",
      "child-0-age": "4",
      "child-0-livesWith": "with-her",
      "child-2-age": "abc",
      "time-morning": "on",
      needsInterpreter: "on",
      interpreterMode: "telepathy",
      interpreterGender: "woman",
      nationality: "Nigerian",
    });
    const parsed = ClientFactsSchema.safeParse(factsFromForm(posted));
    if (parsed.success) throw new Error("the mistakes were accepted");
    const errors = zodFieldErrors(parsed.error, factFieldName(posted));
    expect(Object.keys(errors).sort()).toEqual(
      ["child-2-age", "child-2-livesWith", "interpreterMode", "nationality", "safeContact"].sort(),
    );
    expect(errors.safeContact).toBe("client.error.safeContactChannels");
    expect(errors.nationality).toBe("client.error.nationality");
  });

  it("names countries and languages in the reader's language, sorted for her", () => {
    const german = namedLists("de");
    expect(german.countries.find((c) => c.value === "DE")?.label).toBe("Deutschland");
    expect(german.languages.find((l) => l.value === "pcm")?.label).toBe("Nigerianisches Pidgin");
    const labels = german.countries.map((c) => c.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator("de").compare));
  });
});
