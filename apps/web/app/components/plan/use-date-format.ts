import { useTranslation } from "react-i18next";

/** Formats an ISO date (YYYY-MM-DD) in the page's language, the same on server and client. */
export function useDateFormat(language?: string): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(language ?? i18n.language, { dateStyle: "medium", timeZone: "UTC" });
  return (iso: string) => format.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

type ClientPeople = { caseworkerId: string | null; caseworkerName: string | null; sharedWith: { userId: string; displayName: string }[] };

/** Whom an action can be given to: her caseworker, colleagues she is shared with, and me. */
export function workersOf(client: ClientPeople, me: { id: string; name: string }) {
  const workers = new Map<string, string>();
  if (client.caseworkerId) workers.set(client.caseworkerId, client.caseworkerName ?? "");
  for (const shared of client.sharedWith) workers.set(shared.userId, shared.displayName);
  workers.set(me.id, me.name);
  return [...workers].map(([id, name]) => ({ id, name }));
}
