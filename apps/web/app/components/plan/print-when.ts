// When a step of her printed plan happens, in words for her (the page and the PDF say the same):
// a blocked step is on hold, an overdue one (core's definition, decided by the loader) gets a
// new date together, a step without a date says nothing here: the plan says so once, below.

export type PrintStepTiming = { dueDate: string | null; state: "open" | "blocked" | "overdue" };

export function stepWhen(
  step: PrintStepTiming,
  t: (key: string, params?: Record<string, unknown>) => string,
  formatDate: (iso: string) => string,
): string | null {
  if (step.state === "blocked") return t("journey.print.onHold");
  if (step.state === "overdue" && step.dueDate) return t("journey.print.overdue", { date: formatDate(step.dueDate) });
  return step.dueDate ? t("planPrint.by", { date: formatDate(step.dueDate) }) : null;
}

/** The one line under the steps when some have no date yet (printed once, not per step). */
export function undatedNote(steps: readonly PrintStepTiming[]): boolean {
  return steps.some((s) => s.dueDate === null && s.state === "open");
}
