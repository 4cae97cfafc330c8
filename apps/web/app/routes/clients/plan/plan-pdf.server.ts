// The printable plan as a PDF she can keep on her phone: the same plain-language content as
// the print page (components/plan/printable-plan.tsx), nothing internal, in her plan language.
// DejaVu Sans covers the Latin, Greek and Cyrillic letters (Albanian and Portuguese too) and
// Arabic; Noto Sans SC (public/fonts, SIL OFL) covers Chinese. Arabic is set right to left.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { textDirection } from "@gesim/core/browser";
import PDFDocument from "pdfkit";
import { formatDate } from "../../../components/client/format-date.ts";
import { stepWhen, undatedNote } from "../../../components/plan/print-when.ts";
import type { PrintablePlanData } from "../../../components/plan/printable-plan.tsx";
import { planTranslator } from "../../../i18n/catalogue.server.ts";
import { fontkitReadsRtl, fontRuns, visualWords, wrapWords } from "./pdf-text.server.ts";

const require = createRequire(import.meta.url);
const FONT = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");
const CJK_FONT = "fonts/noto-sans-sc/NotoSansSC-Regular-chinese-simplified.ttf";
const MUTED = "#4a4a4a";

// fontkit is what pdfkit lays text out with; here it only answers which characters the
// Chinese font has (its character map), read once.
const fontkit = require("fontkit") as { openSync(path: string): { hasGlyphForCodePoint(code: number): boolean } };
let chineseFont: { path: string; has: (char: string) => boolean } | null = null;

/** The Chinese font: under public/ in the source tree, under build/client/ once built. */
function cjkFont(): { path: string; has: (char: string) => boolean } {
  if (chineseFont) return chineseFont;
  for (const candidate of [`../client/${CJK_FONT}`, `../../../../public/${CJK_FONT}`]) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) {
      const font = fontkit.openSync(path);
      chineseFont = { path, has: (char) => font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0) };
      return chineseFont;
    }
  }
  throw new Error(`The plan PDF's Chinese font is missing: ${CJK_FONT}`);
}

type Style = { font: "text" | "bold"; size: number; color?: string; indent?: number };

export async function renderPlanPdf(plan: PrintablePlanData): Promise<Buffer> {
  const { t } = planTranslator(plan.lang);
  const rtl = textDirection(plan.lang) === "rtl";
  const chinese = plan.lang === "zh";
  const date = (iso: string) => formatDate(iso, plan.lang);
  const number = new Intl.NumberFormat(plan.lang);
  const stepText = (s: PrintablePlanData["steps"][number]) =>
    s.descriptionKey ? t(s.descriptionKey) : (s.freeText ?? "");
  // No author, subject or keywords: the file says nothing about who made it or for whom.
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    lang: plan.lang,
    displayTitle: true,
    info: { Title: t("planPrint.title") },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  doc.registerFont("text", FONT);
  doc.registerFont("bold", FONT_BOLD);
  // Noto Sans SC (one weight here: headings in Chinese differ by size) draws all it has, Latin
  // and digits too, so a line has one baseline; DejaVu only what it lacks (Cyrillic, Greek).
  const cjk = chinese ? cjkFont() : null;
  if (cjk) doc.registerFont("cjk", cjk.path);
  const start = doc.page.margins.left;
  const fullWidth = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  /** One paragraph (lines split at "\n"), `indent` from the side where her lines start. */
  const write = (text: string, { font, size, color = "black", indent = 0 }: Style) => {
    const width = fullWidth - indent;
    doc.font(font).fontSize(size).fillColor(color);
    if (rtl) {
      // Broken into lines here; each line's words in visual order, drawn one by one from the
      // place that makes the line end at the right margin.
      const space = doc.widthOfString(" ");
      for (const paragraph of text.split("\n")) {
        for (const line of wrapWords(paragraph, width, (s) => doc.widthOfString(s))) {
          if (doc.y + doc.currentLineHeight(true) > doc.page.maxY()) doc.addPage();
          const words = visualWords(line, fontkitReadsRtl);
          const widths = words.map((word) => doc.widthOfString(word));
          let x = start + width - widths.reduce((sum, w) => sum + w, 0) - space * (words.length - 1);
          const top = doc.y;
          words.forEach((word, index) => {
            doc.text(word, x, top, { lineBreak: false });
            x += (widths[index] ?? 0) + space;
          });
          doc.x = start;
          doc.y = top + doc.currentLineHeight(true);
        }
      }
      return;
    }
    if (cjk) {
      const runs = fontRuns(text, cjk.has);
      runs.forEach((run, index) => {
        doc.font(run.primary ? "cjk" : font);
        const options = { width, continued: index < runs.length - 1 };
        if (index === 0) doc.text(run.text, start + indent, doc.y, options);
        else doc.text(run.text, options);
      });
      return;
    }
    doc.text(text, start + indent, doc.y, { width });
  };
  const body = (text: string, color = "black") => write(text, { font: "text", size: 11, color });
  const heading = (text: string) => {
    doc.moveDown(0.8);
    write(text, { font: "bold", size: 14 });
    doc.moveDown(0.3);
  };
  const list = (items: string[], ordered: boolean) => {
    if (!items.length) return body(t("planPrint.none"));
    if (!rtl && !chinese) {
      doc
        .font("text")
        .fontSize(11)
        .fillColor("black")
        // The number's room grows with its digits, so "10." never touches the text ("10Ein Platz").
        .list(items, {
          listType: ordered ? "numbered" : "bullet",
          bulletRadius: 2,
          textIndent: ordered ? 12 + 7 * String(items.length).length : 14,
        });
      return;
    }
    // Her script needs our own layout: the number (in her language's digits) or a bullet at
    // the start side, the text beside it.
    items.forEach((item, index) => {
      const marker = ordered ? `${number.format(index + 1)}.` : "•";
      doc.font(cjk ? "cjk" : "text").fontSize(11);
      const room = doc.widthOfString(ordered ? `${number.format(items.length)}.` : "•") + 8;
      const top = doc.y;
      doc.fillColor("black").text(marker, start, top, { width: fullWidth, align: rtl ? "right" : "left" });
      doc.y = top;
      write(item, { font: "text", size: 11, indent: room });
    });
  };

  write(t("planPrint.title"), { font: "bold", size: 22 });
  body(t("planPrint.printedOn", { date: date(plan.today) }), MUTED);
  if (!plan.hasPlan) body(t("planPrint.noPlan"));
  if (plan.agreedOn) body(t("planPrint.agreedOn", { date: date(plan.agreedOn) }));

  heading(t("planPrint.goals"));
  list(
    plan.goals.map((g) => `${t(`domain.${g.domain}.title`)}: ${g.text}`),
    false,
  );

  heading(t("planPrint.steps"));
  const open = plan.steps.filter((s) => !s.isDone);
  list(
    open.map((s) => {
      const who = s.provider ? t("planPrint.whoHelps", { provider: s.provider }) : t("planPrint.weHelp");
      return `${stepText(s)}\n${[stepWhen(s, t, date), who].filter(Boolean).join(" · ")}`;
    }),
    true,
  );
  if (undatedNote(open)) body(t("journey.print.undated"), MUTED);
  const done = plan.steps.filter((s) => s.isDone);
  if (done.length) {
    heading(t("planPrint.done"));
    list(done.map(stepText), false);
  }

  heading(t("planPrint.nextTitle"));
  body(
    plan.nextReviewDate
      ? t("planPrint.nextReview", { date: date(plan.nextReviewDate) })
      : t("planPrint.nextReviewOpen"),
  );
  doc.moveDown(0.5);
  body(t("planPrint.yourPlan"));
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
