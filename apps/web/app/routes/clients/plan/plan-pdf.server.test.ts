import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import type { PrintablePlanData } from "../../../components/plan/printable-plan.tsx";
import { renderPlanPdf } from "./plan-pdf.server.ts";

const PLAN: Omit<PrintablePlanData, "lang"> = {
  hasPlan: true,
  agreedOn: "2026-11-20",
  goals: [{ id: "g1", domain: "language", text: "Ich möchte Deutsch lernen, perché è importante: ș ț ă Ђ" }],
  steps: [
    {
      id: "s1",
      domain: "language",
      descriptionKey: "action.language-course.description",
      freeText: null,
      dueDate: "2027-03-01",
      isDone: false,
      state: "open",
      provider: "Volkshochschule Süd",
    },
    {
      id: "s2",
      domain: "accommodation",
      descriptionKey: null,
      freeText: "Wohnung anschauen",
      dueDate: null,
      isDone: true,
      state: "open",
      provider: null,
    },
  ],
  nextReviewDate: "2027-01-15",
  today: "2026-11-23",
};

const HER_WORDS = {
  ar: "أريد أن أتعلم اللغة بسرعة",
  zh: "我想学习语言，然后找工作",
} as const;

async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(document, { mergePages: true });
  return { text, pages: totalPages };
}

describe("the plan PDF", () => {
  it("is a valid PDF in German with her words, every special letter intact", async () => {
    const pdf = await renderPlanPdf({ ...PLAN, lang: "de" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { text, pages } = await pdfText(pdf);
    expect(pages).toBe(1);
    for (const expected of [
      "Mein Plan",
      "Was ich erreichen möchte",
      "Nächste Schritte",
      "Schon erledigt",
      "Wohnung anschauen",
      "Volkshochschule Süd",
      "Ein Kurs, um die Sprache dieses Landes zu lernen.",
      "01.03.2027",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain("Ich möchte Deutsch lernen, perché è importante: ș ț ă Ђ");
  });

  it("follows the requested language", async () => {
    const { text } = await pdfText(await renderPlanPdf({ ...PLAN, lang: "it" }));
    expect(text).toContain("Il mio piano");
    expect(text).not.toContain("Mein Plan");
  });

  it("prints Greek in Greek letters, tonos intact, on one page", async () => {
    const { text, pages } = await pdfText(await renderPlanPdf({ ...PLAN, lang: "el" }));
    expect(pages).toBe(1);
    const greek = ["Το σχέδιό μου", "Τι θέλω να πετύχω", "Επόμενα βήματα", "Ένα μάθημα για να μάθετε τη γλώσσα"];
    expect(greek.filter((line) => !text.includes(line))).toEqual([]);
  });

  it("prints Spanish with its accents, ñ and inverted marks intact", async () => {
    const goals = [{ id: "g1", domain: "language", text: "¿Quiero aprender español? ¡Sí, mañana!" }];
    const { text, pages } = await pdfText(await renderPlanPdf({ ...PLAN, goals, lang: "es" }));
    expect(pages).toBe(1);
    for (const expected of [
      "Mi plan",
      "Lo que quiero conseguir",
      "Próximos pasos",
      "Un curso para aprender el idioma de este país.",
      "¿Quiero aprender español? ¡Sí, mañana!",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("prints the plan in French, accents and her words intact", async () => {
    const { text } = await pdfText(await renderPlanPdf({ ...PLAN, lang: "fr" }));
    for (const expected of [
      "Mon plan",
      "Ce que je veux atteindre",
      "Prochaines étapes",
      "Déjà fait",
      "Un cours pour apprendre la langue de ce pays.",
      "Ce plan est le vôtre.",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain("Ich möchte Deutsch lernen, perché è importante: ș ț ă Ђ");
    expect(text).not.toContain("My plan");
  });

  it("prints Romanian with its comma-below letters", async () => {
    const { text } = await pdfText(await renderPlanPdf({ ...PLAN, lang: "ro" }));
    for (const expected of ["Planul meu", "Ce vreau să realizez", "Pașii următori", "Deja realizate"]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("Mein Plan");
  });

  it("prints Bulgarian in Cyrillic, every letter intact", async () => {
    const { text } = await pdfText(await renderPlanPdf({ ...PLAN, lang: "bg" }));
    for (const expected of [
      "Моят план",
      "Какво искам да постигна",
      "Следващи стъпки",
      "Вече направено",
      "Курс за изучаване на езика на тази държава.",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("My plan");
  });

  it("says so when there is no plan yet", async () => {
    const { text } = await pdfText(
      await renderPlanPdf({ ...PLAN, hasPlan: false, agreedOn: null, goals: [], steps: [], lang: "en" }),
    );
    expect(text).toContain("There is no plan yet.");
    expect(text).toContain("Nothing here yet.");
  });

  it("prints a blocked step as on hold and an overdue one as such, undated steps said once, numbers apart", async () => {
    const step = (id: string, extra: Partial<PrintablePlanData["steps"][number]>) => ({
      id,
      domain: "language",
      descriptionKey: null,
      freeText: `Schritt ${id}`,
      dueDate: null,
      isDone: false,
      state: "open" as const,
      provider: null,
      ...extra,
    });
    const steps = [
      step("blocked", { dueDate: "2026-11-30", state: "blocked" }),
      step("late", { dueDate: "2026-10-01", state: "overdue" }),
      ...Array.from({ length: 10 }, (_, i) => step(`u${i + 1}`, {})),
    ];
    const { text } = await pdfText(await renderPlanPdf({ ...PLAN, steps, lang: "en" }));
    expect(text).toContain("On hold: we are working on what stands in the way");
    expect(text).not.toContain("By 30/11/2026");
    expect(text).toContain("Was planned by");
    expect(text.split("Steps without a date: we choose the date together.")).toHaveLength(2);
    expect(text).not.toContain("No date yet");
    expect(text).not.toMatch(/10Schritt/);
  });

  it.each(["pt", "sq", "ar", "zh"] as const)("comes in %s, a language only for her plan", async (lang) => {
    const { text } = await pdfText(await renderPlanPdf({ ...PLAN, lang }));
    const title = { pt: "O meu plano", sq: "Plani im", ar: "خطتي", zh: "我的计划" }[lang];
    expect(text.normalize("NFKC")).toContain(title);
    expect(text).toContain("Volkshochschule Süd");
  });

  it("sets Arabic right to left: shaped words in reading order, lines ending at the right margin", async () => {
    const pdf = await renderPlanPdf({
      ...PLAN,
      lang: "ar",
      goals: [{ id: "g1", domain: "language", text: HER_WORDS.ar }],
    });
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const { text } = await extractText(document, { mergePages: true });
    // Shaped glyphs are Arabic presentation forms; NFKC maps them back to the letters.
    const letters = text.normalize("NFKC");
    for (const word of ["خطتي", "الخطوات", "القادمة", "دورة", "لتعلم", "اللغة", "أريد", "أتعلم", "بسرعة", "خطتك"]) {
      expect(letters).toContain(word);
    }
    expect(letters).toContain("Volkshochschule");
    expect(letters).toContain("2027");
    // The same words drawn as letters in the wrong order would read reversed.
    expect(letters).not.toContain("يتطخ");
    const page = await document.getPage(1);
    const items = (await page.getTextContent()).items.filter(
      (item): item is typeof item & { str: string; transform: number[]; width: number } =>
        "str" in item && /\p{Script=Arabic}/u.test(item.str),
    );
    const rightMargin = (page.view[2] ?? 0) - 56;
    const title = items.find((item) => item.str.normalize("NFKC").includes("خطتي"));
    expect(title?.transform[4] ?? 0).toBeGreaterThan(rightMargin / 2);
    const lineEnds = items.map((item) => (item.transform[4] ?? 0) + item.width);
    expect(Math.max(...lineEnds)).toBeGreaterThan(rightMargin - 1);
    expect(Math.max(...lineEnds)).toBeLessThan(rightMargin + 1);
  });

  it("has the glyphs of Chinese and keeps Latin names in a plan in Chinese", async () => {
    const pdf = await renderPlanPdf({
      ...PLAN,
      lang: "zh",
      goals: [{ id: "g1", domain: "language", text: `${HER_WORDS.zh} Ђ` }],
    });
    const { text } = await pdfText(pdf);
    for (const expected of [
      "我的计划",
      "下一步",
      "已经完成",
      "学习这个国家语言的课程。",
      HER_WORDS.zh,
      "Ђ",
      "Wohnung anschauen",
      "2027年3月1日",
    ]) {
      expect(text).toContain(expected);
    }
    // Only the glyphs it uses are embedded, not the 2.4 MB font.
    expect(pdf.length).toBeLessThan(200_000);
  });
});
