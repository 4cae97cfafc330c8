import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { formatDate } from "../client/format-date.ts";
import { languageName } from "./appointment-table.tsx";

type WeekItem = {
  id: string;
  clientId: string;
  pseudonym: string;
  caseworkerName: string | null;
  kind: string;
  date: string;
  startTime: string;
  durationMinutes: number;
  mode: string;
  interpreter: { language: string; booked: boolean } | null;
  childcareNeeded: boolean;
  status: string;
};

type Week = {
  week: string;
  previousWeek: string;
  nextWeek: string;
  days: readonly string[];
  today: string;
  items: readonly WeekItem[];
};

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

function weekday(date: string, locale: string): string {
  let format = weekdayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
    weekdayFormats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

/**
 * A week of appointments, day by day, as a list (it reflows to one column on a phone). Links to the
 * previous and next week are plain links: the page works without JavaScript.
 */
export function WeekView({
  week,
  basePath,
  showCaseworker,
}: {
  week: Week;
  basePath: string;
  showCaseworker: boolean;
}) {
  const { t, i18n } = useTranslation();
  const first = week.days[0] ?? week.today;
  const last = week.days.at(-1) ?? week.today;
  return (
    <>
      <nav className="week-nav" aria-label={t("appointments.weekNav")}>
        <Link to={`${basePath}?week=${week.previousWeek}`}>{t("appointments.previousWeek")}</Link>
        <Link to={basePath}>{t("appointments.thisWeek")}</Link>
        <Link to={`${basePath}?week=${week.nextWeek}`}>{t("appointments.nextWeek")}</Link>
      </nav>
      <p>
        <strong>
          {t("appointments.weekRange", {
            week: week.week,
            from: formatDate(first, i18n.language),
            to: formatDate(last, i18n.language),
          })}
        </strong>
      </p>
      <ol className="week-days">
        {week.days.map((day) => {
          const items = week.items.filter((item) => item.date === day);
          return (
            <li key={day} className="card" aria-labelledby={`day-${day}`}>
              <h2 id={`day-${day}`}>
                {weekday(day, i18n.language)}, {formatDate(day, i18n.language)}
                {day === week.today ? ` (${t("appointments.today")})` : ""}
              </h2>
              {items.length === 0 ? (
                <p className="muted">{t("appointments.noneThisDay")}</p>
              ) : (
                <ul className="week-items">
                  {items.map((item) => (
                    <li key={item.id} className={item.status === "cancelled" ? "cancelled" : undefined}>
                      <span>
                        {t("appointments.time", { start: item.startTime, minutes: String(item.durationMinutes) })}
                      </span>{" "}
                      <Link to={`/clients/${item.clientId}/appointments`}>{item.pseudonym}</Link>
                      {": "}
                      {t(`appointment.kind.${item.kind}`)}, {t(`appointment.mode.${item.mode}`)}
                      {item.status === "cancelled" ? <strong> ({t("appointments.cancelledMark")})</strong> : null}
                      {item.interpreter ? (
                        <>
                          {" · "}
                          {t("appointments.interpreterNeeded", {
                            language: languageName(item.interpreter.language, i18n.language),
                          })}
                          {": "}
                          <strong>
                            {t(
                              item.interpreter.booked
                                ? "appointments.interpreterBooked"
                                : "appointments.interpreterNotBooked",
                            )}
                          </strong>
                        </>
                      ) : null}
                      {item.childcareNeeded ? ` · ${t("appointments.childcare")}` : null}
                      {showCaseworker ? (
                        <>
                          {" · "}
                          {t("appointments.caseworkerOf", {
                            name: item.caseworkerName ?? t("appointments.unassigned"),
                          })}
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
