import type { createCaller } from "@gesim/api";
import { mondayOfIsoWeek } from "@gesim/core";
import { rethrowAsResponse } from "../../server/errors.server.ts";

type Caller = ReturnType<typeof createCaller>;

/** The `?week=YYYY-Www` of the address, when it names a real week (else the current week is shown). */
function weekParam(request: Request): { week?: string } {
  const week = new URL(request.url).searchParams.get("week");
  return week && mondayOfIsoWeek(week) ? { week } : {};
}

/** One week of appointments, as the week view shows them: no place (it stays on her record). */
export async function loadWeek(caller: Caller, request: Request, scope: "mine" | "team") {
  const input = weekParam(request);
  const week = await (scope === "team" ? caller.appointments.teamWeek(input) : caller.appointments.myWeek(input)).catch(
    rethrowAsResponse,
  );
  return {
    week: week.week,
    previousWeek: week.previousWeek,
    nextWeek: week.nextWeek,
    days: week.days,
    today: week.today,
    items: week.items.map((item) => ({
      id: item.id,
      clientId: item.clientId,
      pseudonym: item.pseudonym,
      caseworkerName: item.caseworkerName,
      kind: item.kind,
      date: item.date,
      startTime: item.startTime,
      durationMinutes: item.durationMinutes,
      mode: item.mode,
      interpreter: item.interpreter ? { language: item.interpreter.language, booked: item.interpreter.booked } : null,
      childcareNeeded: item.childcareNeeded,
      status: item.status,
    })),
  };
}

export type WeekData = Awaited<ReturnType<typeof loadWeek>>;
