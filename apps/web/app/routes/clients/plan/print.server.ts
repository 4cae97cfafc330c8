// The printable plan for her: only what is hers to keep (her goals in her words, the steps
// in plain language with dates and who helps, the next review). No findings, no risk notes,
// no internal fields.

import type { createCaller, SessionUser } from "@gesim/api";
import {
  canSeeClientContent,
  choosePlanLocale,
  getAction,
  isLocale,
  isOverdue,
  type Locale,
  planLanguageChoices,
} from "@gesim/core";
import { data } from "react-router";
import { rethrowAsResponse } from "../../../server/errors.server.ts";
import { todayIso } from "../form-data.server.ts";

type Caller = ReturnType<typeof createCaller>;

/**
 * A copy for her in a staff language (the subject-access copy): ?lang= if supported, else her
 * first language if supported, else the interface language. Her plan has more languages:
 * choosePlanLocale in core.
 */
export function printLanguage(requested: string | null, herLanguages: readonly string[], uiLocale: Locale): Locale {
  if (isLocale(requested)) return requested;
  const first = herLanguages[0]?.trim().toLowerCase().slice(0, 2);
  return isLocale(first) ? first : uiLocale;
}

export async function loadPrintablePlan(
  caller: Caller,
  session: SessionUser,
  clientId: string,
  requested: string | null,
  uiLocale: Locale,
) {
  if (!canSeeClientContent(session.role)) throw data(null, { status: 403 });
  try {
    const [client, bundle, providers] = await Promise.all([
      caller.clients.get({ clientId }),
      caller.plans.get({ clientId }),
      caller.providers.list({ limit: 100 }),
    ]);
    const providerName = (id: string | undefined) =>
      id ? (providers.items.find((p) => p.id === id)?.name ?? null) : null;
    const today = todayIso(session);
    // Her plan's language, from ?lang= or her languages; the interface keeps its own.
    const lang = choosePlanLocale(requested, client.languages, uiLocale);
    return {
      lang,
      languages: planLanguageChoices(client.languages),
      clientId,
      hasPlan: bundle.plan !== null,
      agreedOn: bundle.plan?.agreedByClient ? bundle.plan.agreedOn : null,
      goals: bundle.goals.map((g) => ({ id: g.id, domain: g.domain, text: g.text })),
      steps: bundle.actions
        .filter((a) => a.status !== "cancelled")
        .map((a) => ({
          id: a.id,
          domain: a.domain,
          descriptionKey: a.actionId ? (getAction(a.actionId)?.descriptionKey ?? null) : null,
          freeText: a.freeText ?? null,
          dueDate: a.dueDate ?? null,
          isDone: a.status === "done",
          state: (a.status === "blocked" ? "blocked" : isOverdue(a, today) ? "overdue" : "open") as
            | "open"
            | "blocked"
            | "overdue",
          provider: providerName(a.providerId),
        })),
      nextReviewDate: client.nextReviewDate,
      today,
    };
  } catch (error) {
    return rethrowAsResponse(error);
  }
}
