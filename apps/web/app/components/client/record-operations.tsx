import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { formatDate } from "./format-date.ts";

/** The erased notice for everyone, and for managers the subject-access export and erasure (issue 7). */
export function RecordOperations({
  clientId,
  erasedAt,
  isManager,
}: {
  clientId: string;
  erasedAt: Date | string | null;
  isManager: boolean;
}) {
  const { t, i18n } = useTranslation();
  const erasedOn = erasedAt ? formatDate(new Date(erasedAt).toISOString(), i18n.language) : null;
  return (
    <>
      {erasedOn ? (
        <p className="notice" role="status">
          {t("erase.erasedBanner", { date: erasedOn })}
        </p>
      ) : null}
      {isManager ? (
        <ul className="record-operations">
          <li>
            <Link to={`/clients/${clientId}/subject-access`}>{t("sar.link")}</Link>
          </li>
          {erasedOn ? null : (
            <li>
              <Link to={`/clients/${clientId}/erase`}>{t("erase.link")}</Link>
            </li>
          )}
        </ul>
      ) : null}
    </>
  );
}
