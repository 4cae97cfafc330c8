import { Form } from "react-router";
import { formatDateTime } from "../../components/client/format-date.ts";
import { useTimeZone } from "../../components/client/use-time-zone.ts";
import { useTranslation } from "../../i18n/use-translation.tsx";

type Feed = { active: boolean; since: string | null; lastReadAt: string | null };

/**
 * Her calendar feed (issue 19, ADR 018): says why it holds no details, shows the new address once,
 * and turns it off. Plain POST forms.
 */
export function CalendarFeedSection({ feed, result }: { feed: Feed; result: { url: string | null } | null }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const active = result ? result.url !== null : feed.active;
  return (
    <section aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">{t("calendarFeed.title")}</h2>
      <p>{t("calendarFeed.why")}</p>
      {result?.url ? (
        <div className="notice" role="status">
          <label htmlFor="calendar-feed-url">{t("calendarFeed.url")}</label>
          <input id="calendar-feed-url" type="text" readOnly value={result.url} aria-describedby="calendar-feed-once" />
          <p id="calendar-feed-once">{t("calendarFeed.urlOnce")}</p>
        </div>
      ) : null}
      {result && result.url === null ? (
        <p className="notice" role="status">
          {t("calendarFeed.revoked")}
        </p>
      ) : null}
      {!result && feed.active && feed.since ? (
        <p>
          {t("calendarFeed.active", { date: formatDateTime(feed.since, i18n.language, timeZone) })}{" "}
          {feed.lastReadAt
            ? t("calendarFeed.lastRead", { date: formatDateTime(feed.lastReadAt, i18n.language, timeZone) })
            : null}
        </p>
      ) : null}
      {!active && !result ? <p>{t("calendarFeed.none")}</p> : null}
      <Form method="post">
        <input type="hidden" name="intent" value="feedCreate" />
        <button type="submit">{t(active ? "calendarFeed.renew" : "calendarFeed.create")}</button>
      </Form>
      {active ? (
        <Form method="post">
          <input type="hidden" name="intent" value="feedRevoke" />
          <button type="submit" className="secondary">
            {t("calendarFeed.revoke")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
