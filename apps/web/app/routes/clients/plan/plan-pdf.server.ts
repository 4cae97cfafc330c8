// The printable plan as a PDF she can keep on her phone: the same plain-language content as
// the print page (components/plan/printable-plan.tsx), nothing internal. DejaVu Sans covers
// German and Italian and the Latin, Greek and Cyrillic letters of her own words.
import { createRequire } from "node:module";
import type { Locale } from "@gesim/core/browser";
import PDFDocument from "pdfkit";
import { formatDate } from "../../../components/client/format-date.ts";
import { stepWhen, undatedNote } from "../../../components/plan/print-when.ts";
import type { PrintablePlanData } from "../../../components/plan/printable-plan.tsx";
import { serverTranslator } from "../../../i18n/catalogue.server.ts";

const require = createRequire(import.meta.url);
const FONT = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");
const MUTED = "#4a4a4a";

export async function renderPlanPdf(plan: PrintablePlanData & { lang: Locale }): Promise<Buffer> {
  const { t } = serverTranslator(plan.lang);
  const date = (iso: string) => formatDate(iso, plan.lang);
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

  const heading = (text: string) =>
    doc.moveDown(0.8).font("bold").fontSize(14).fillColor("black").text(text).moveDown(0.3);
  const body = (text: string, color = "black") => doc.font("text").fontSize(11).fillColor(color).text(text);
  const list = (items: string[], ordered: boolean) => {
    if (!items.length) return body(t("planPrint.none"));
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
  };

  doc.font("bold").fontSize(22).text(t("planPrint.title"));
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
