import { describe, expect, test } from "vitest";
import { AssessmentNotesSchema, joinAssessmentNotes, splitAssessmentNotes } from "./assessment-notes.ts";

const needs = {
  needs: {
    housing: { level: "high", note: "she sleeps at a friend's" },
    health: { level: "none" },
    legal: { level: "medium", note: "" },
  },
};
const risk = { answers: { "perpetrator-contact": { answer: "yes", note: "he called twice" } } };

describe("assessment notes", () => {
  test.each([
    ["needs", needs],
    ["risk", risk],
    ["ladder (no notes)", { readings: [{ rung: 3, domain: "housing" }] }],
  ])("split then join gives the %s content back, and the facts hold no note", (_kind, content) => {
    const { facts, notes } = splitAssessmentNotes(content);
    expect(JSON.stringify(facts)).not.toContain('"note"');
    expect(AssessmentNotesSchema.parse(JSON.parse(JSON.stringify(notes)))).toEqual(notes);
    expect(joinAssessmentNotes(facts, notes)).toEqual(content);
  });

  test("the facts keep every level and answer; the notes keep every text, the empty one too", () => {
    const { facts, notes } = splitAssessmentNotes(needs);
    expect(facts).toEqual({
      needs: { housing: { level: "high" }, health: { level: "none" }, legal: { level: "medium" } },
    });
    expect(notes).toEqual([
      [["needs", "housing"], "she sleeps at a friend's"],
      [["needs", "legal"], ""],
    ]);
  });

  test("a note whose item is gone is dropped, and the facts given are not changed", () => {
    const facts = { needs: { health: { level: "none" } } };
    const joined = joinAssessmentNotes(facts, [
      [["needs", "housing"], "lost"],
      [["needs", "health"], "kept"],
    ]);
    expect(joined).toEqual({ needs: { health: { level: "none", note: "kept" } } });
    expect(facts).toEqual({ needs: { health: { level: "none" } } });
  });

  test("notes inside lists keep their index", () => {
    const content = { items: [{ level: 1 }, { level: 2, note: "second" }] };
    const { facts, notes } = splitAssessmentNotes(content);
    expect(notes).toEqual([[["items", 1], "second"]]);
    expect(joinAssessmentNotes(facts, notes)).toEqual(content);
  });
});
