import { renderCalendarFeed } from "@gesim/core";
import { data } from "react-router";
import { serverTranslator } from "../../i18n/catalogue.server.ts";
import { getApi, getLocale } from "../../server/api.server.ts";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import type { Route } from "./+types/calendar-feed";

const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

/**
 * `/calendar/<token>.ics`: a caseworker's calendar feed (issue 19, ADR 018), read by calendar apps
 * without a session. It holds times and a link only: no pseudonym, no place, no kind.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const token = FEED_FILE.exec(params.file)?.[1];
  if (!token) throw data(null, { status: 404 });
  const events = await getApi(context).caller.calendarFeed.events({ token }).catch(rethrowAsResponse);
  if (!events) throw data(null, { status: 404 });
  const url = new URL(request.url);
  const { t } = serverTranslator(getLocale(request));
  const body = renderCalendarFeed(
    events.map((event) => ({ uid: event.id, start: event.start, end: event.end, cancelled: event.cancelled })),
    {
      summary: t("calendarFeed.summary"),
      calendarName: t("calendarFeed.name"),
      url: `${url.origin}/appointments`,
      domain: url.hostname,
      now: new Date(),
    },
  );
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="gesim.ics"',
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
    },
  });
}
