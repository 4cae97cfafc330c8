import type { createCaller } from "@gesim/api";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { languageName } from "../appointments/appointment-table.tsx";
import { formatDate, formatDateTime } from "./format-date.ts";
import type { NamedOption } from "./named-select.tsx";
import { ProfileFacts } from "./profile-facts.tsx";
import { assessmentRows, groupAccessLog, monthName } from "./subject-access-view.ts";

export type SubjectAccess = Awaited<ReturnType<ReturnType<typeof createCaller>["clients"]["subjectAccessExport"]>>;

const IDENTITY_FIELDS = ["legalName", "dateOfBirth", "contact", "address"] as const;

/** A section with a heading, or "Nothing recorded." when it has no rows. */
function Section({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: boolean;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`sar-${id}`}>
      <h2 id={`sar-${id}`}>{title}</h2>
      {empty ? <p>{t("sar.none")}</p> : children}
    </section>
  );
}

/** Everything held about her, readable and printable, in the language of the surrounding i18n provider. */
export function SubjectAccessDocument({
  clientId,
  content,
  names,
}: {
  clientId: string;
  content: SubjectAccess;
  /** Countries and languages named in her document's language. */
  names?: { countries: readonly NamedOption[]; languages: readonly NamedOption[] };
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const date = (value: string | Date | null | undefined) =>
    value ? formatDate(typeof value === "string" ? value : value.toISOString(), lang) : "—";
  const { plan } = content;
  return (
    <article className="printable-plan subject-access">
      <h1>{t("sar.title")}</h1>
      <p>{t("sar.intro")}</p>
      <p className="muted">{t("sar.generated", { date: formatDateTime(content.generatedAt, lang) })}</p>
      {content.profile.erasedAt ? (
        <p className="notice">{t("sar.erased", { date: date(content.profile.erasedAt) })}</p>
      ) : null}
      <ProfileFacts client={{ ...content.profile, id: clientId }} names={names} />
      <Section id="identity" title={t("sar.identity")} empty={content.identity === null}>
        <dl className="facts">
          {IDENTITY_FIELDS.map((field) => (
            <div key={field}>
              <dt>{t(`client.identity.field.${field}`)}</dt>
              <dd>{content.identity?.[field] ?? "—"}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section id="consents" title={t("sar.consents")} empty={content.consents.length === 0}>
        <ul>
          {content.consents.map((c, i) => (
            <li key={i}>
              {t(`consent.purpose.${c.purpose}`)}
              {c.recipient ? ` (${c.recipient})` : ""}: {t("sar.consentGiven", { date: date(c.givenOn) })}
              {c.withdrawnOn ? `, ${t("sar.consentWithdrawn", { date: date(c.withdrawnOn) })}` : ""}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="plan" title={t("sar.plan")} empty={plan === null}>
        <p>{plan ? t(`plan.status.${plan.status}`) : null}</p>
        <h3>{t("sar.goals")}</h3>
        <ul>
          {plan?.goals.map((g) => (
            <li key={g.id}>
              {t(`domain.${g.domain}.title`)}: {g.text || "—"}
            </li>
          ))}
        </ul>
        <h3>{t("sar.steps")}</h3>
        <ul>
          {plan?.actions.map((a) => (
            <li key={a.id}>
              {t(`domain.${a.domain}.title`)}:{" "}
              {a.catalogueActionId ? t(`action.${a.catalogueActionId}.label`) : a.freeText} ·{" "}
              {t(`plan.actionStatus.${a.status}`)}
              {a.dueDate ? ` · ${date(a.dueDate)}` : ""}
              {a.provider ? ` · ${a.provider}` : ""}
              {a.barrierNote ? ` · ${a.barrierNote}` : ""}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="referrals" title={t("sar.referrals")} empty={content.referrals.length === 0}>
        <ul>
          {content.referrals.map((r, i) => (
            <li key={i}>
              {date(r.sentOn)} · {r.provider} · {t(`referral.status.${r.status}`)}
              {r.outcome ? ` · ${r.outcome}` : ""}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="assessments" title={t("sar.assessments")} empty={content.assessments.length === 0}>
        {content.assessments.map((a, i) => (
          <table key={i} className="sar-assessment">
            <caption>
              {t(`sar.assessment.${a.kind}`)} · {date(a.assessedOn)}
            </caption>
            <tbody>
              {assessmentRows(a.kind, a.content).map((row) => (
                <tr key={row.labelKey}>
                  <th scope="row">{t(row.labelKey)}</th>
                  <td>
                    {row.valueKey ? t(row.valueKey) : row.value}
                    {row.note ? ` · ${row.note}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </Section>
      <Section id="reviews" title={t("sar.reviews")} empty={content.reviews.length === 0}>
        <ul>
          {content.reviews.map((r, i) => (
            <li key={i}>
              {date(r.reviewedOn)}: {r.summary ?? "—"}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="closures" title={t("sar.closures")} empty={content.closures.length === 0}>
        <ul>
          {content.closures.map((c, i) => (
            <li key={i}>
              {date(c.closedOn)}: {c.reasons.map((reason) => t(`plan.closure.${reason}`)).join(", ")}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="notes" title={t("sar.notes")} empty={content.notes.length === 0}>
        {content.notes.map((n, i) => (
          <p key={i}>
            <strong>
              {formatDateTime(n.createdAt, lang)} · {n.author ?? "—"}
            </strong>
            <br />
            {n.body}
          </p>
        ))}
      </Section>
      <Section id="appointments" title={t("sar.appointments")} empty={content.appointments.length === 0}>
        <ul>
          {content.appointments.map((a, i) => (
            <li key={i}>
              {date(a.date)} · {t("appointments.time", { start: a.startTime, minutes: String(a.durationMinutes) })} ·{" "}
              {t(`appointment.kind.${a.kind}`)} · {t(`appointment.mode.${a.mode}`)}
              {a.place ? ` (${a.place})` : ""}
              {a.interpreter
                ? ` · ${t("appointments.interpreterNeeded", { language: languageName(a.interpreter.language, lang) })}: ${t(
                    a.interpreter.booked ? "appointments.interpreterBooked" : "appointments.interpreterNotBooked",
                  )}`
                : ""}
              {a.childcareNeeded ? ` · ${t("appointments.childcare")}` : ""} · {t(`appointment.status.${a.status}`)}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="documents" title={t("sar.documents")} empty={content.documents.length === 0}>
        <p className="muted">{t("sar.documentsHint")}</p>
        <ul>
          {content.documents.map((d) => (
            <li key={d.id}>
              {formatDateTime(d.createdAt, lang)} · {t(`document.kind.${d.kind}`)}: {d.title} ({d.contentType})
            </li>
          ))}
        </ul>
      </Section>
      <Section id="access" title={t("sar.accessLog")} empty={content.accessLog.length === 0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("sar.col.month")}</th>
              <th scope="col">{t("sar.col.who")}</th>
              <th scope="col">{t("sar.col.what")}</th>
            </tr>
          </thead>
          <tbody>
            {groupAccessLog(content.accessLog).map((group, i) => (
              <tr key={i}>
                <td>{monthName(group.month, lang)}</td>
                <td>{group.who ?? t("sar.system")}</td>
                <td>{t(`sar.access.${group.kind}`, { count: group.count })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </article>
  );
}
