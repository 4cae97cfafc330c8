import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { formatDate } from "./format-date.ts";
import { type NamedOption, nameOf } from "./named-select.tsx";
import { SafeContactSummary } from "./safe-contact-summary.tsx";

export type ProfileFactsRecord = {
  id: string;
  firstContactDate: string;
  firstContactChannel: string | null;
  citizenship: string | null;
  ageBand: string | null;
  childrenCount: number;
  isPregnant: boolean;
  languages: string[];
  needsInterpreter: boolean;
  legalStatus: string | null;
  reflectionPeriodEnd: string | null;
  reflectionPeriodStart?: string | null;
  identificationStatus: string;
  cooperationWithAuthorities: string;
  isInTrainingOrWork: boolean;
  nationality?: string | null;
  interpreter?: { language?: string | undefined; gender: string; mode: string } | null;
  children?: { age: number; livesWith: string }[] | null;
  safeContact?: { channels: string[]; times: string[]; neverLeaveMessage: boolean; codeWord?: string } | null;
  chargesAgainstHer?: string | null;
  proceedings?: string | null;
  compensationClaim?: string | null;
  exploitationForms?: string[];
  housingSituation?: string | null;
  permitType?: string | null;
  permitBasis?: string | null;
  permitExpiresOn?: string | null;
  rightToWork?: string | null;
};

type Names = { countries: readonly NamedOption[]; languages: readonly NamedOption[] };

/** Her profile facts as recorded at intake (never her identity: that is the restricted page). */
export function ProfileFacts({ client, names }: { client: ProfileFactsRecord; names?: Names }) {
  const { t, i18n } = useTranslation();
  const yesNo = (value: boolean) => t(value ? "client.yes" : "client.no");
  const unknown = t("client.notRecorded");
  const language = (tag: string) => nameOf(names?.languages, tag);
  const nationality = (code: string) =>
    code === "stateless" ? t("client.nationality.stateless") : nameOf(names?.countries, code);
  const interpreter = client.interpreter;
  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t("client.profile.title")}</h2>
      <dl className="facts">
        <dt>{t("client.profile.firstContact")}</dt>
        <dd>
          {formatDate(client.firstContactDate, i18n.language)}
          {client.firstContactChannel ? ` · ${t(`clients.channel.${client.firstContactChannel}`)}` : ""}
        </dd>
        <dt>{t("client.profile.citizenship")}</dt>
        <dd>{client.citizenship ? t(`client.citizenship.${client.citizenship}`) : unknown}</dd>
        <dt>{t("client.profile.nationality")}</dt>
        <dd>{client.nationality ? nationality(client.nationality) : unknown}</dd>
        <dt>{t("client.profile.ageBand")}</dt>
        <dd>{client.ageBand ?? unknown}</dd>
        <dt>{t("client.profile.children")}</dt>
        <dd>
          {client.childrenCount}
          {client.children && client.children.length > 0 ? (
            <ul className="plain-list">
              {client.children.map((child, index) => (
                <li key={index}>
                  {t("client.children.summary", {
                    age: child.age,
                    home: t(`client.childResidence.${child.livesWith}`),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </dd>
        <dt>{t("client.profile.pregnant")}</dt>
        <dd>{yesNo(client.isPregnant)}</dd>
        <dt>{t("client.profile.languages")}</dt>
        <dd>{client.languages.length > 0 ? client.languages.map(language).join(", ") : unknown}</dd>
        <dt>{t("client.profile.interpreter")}</dt>
        <dd>
          {yesNo(client.needsInterpreter)}
          {client.needsInterpreter && interpreter
            ? ` · ${[
                interpreter.language ? language(interpreter.language) : null,
                t(`client.interpreterGender.${interpreter.gender}`),
                t(`client.interpreterMode.${interpreter.mode}`),
              ]
                .filter(Boolean)
                .join(" · ")}`
            : ""}
        </dd>
        <dt>{t("client.profile.exploitation")}</dt>
        <dd>
          {client.exploitationForms && client.exploitationForms.length > 0
            ? client.exploitationForms.map((form) => t(`client.exploitation.${form}`)).join(", ")
            : unknown}
        </dd>
        <dt>{t("client.profile.housing")}</dt>
        <dd>{client.housingSituation ? t(`client.housing.${client.housingSituation}`) : unknown}</dd>
        <dt>{t("client.safeContact.title")}</dt>
        <dd>
          <SafeContactSummary rules={client.safeContact ?? null} />
        </dd>
        <dt>{t("client.profile.legalStatus")}</dt>
        <dd>{client.legalStatus ? t(`client.legalStatus.${client.legalStatus}`) : unknown}</dd>
        {client.reflectionPeriodStart ? (
          <>
            <dt>{t("client.profile.reflectionStart")}</dt>
            <dd>{formatDate(client.reflectionPeriodStart, i18n.language)}</dd>
          </>
        ) : null}
        <dt>{t("client.profile.reflectionEnd")}</dt>
        <dd>{client.reflectionPeriodEnd ? formatDate(client.reflectionPeriodEnd, i18n.language) : "—"}</dd>
        <dt>{t("client.intake.permit")}</dt>
        <dd>
          {[
            client.permitType ?? null,
            client.permitBasis ? t(`client.permitBasis.${client.permitBasis}`) : null,
            client.permitExpiresOn
              ? t("client.profile.permitValidUntil", { date: formatDate(client.permitExpiresOn, i18n.language) })
              : null,
          ]
            .filter(Boolean)
            .join(" · ") || unknown}
        </dd>
        <dt>{t("client.profile.rightToWork")}</dt>
        <dd>{client.rightToWork ? t(`client.rightToWork.${client.rightToWork}`) : unknown}</dd>
        <dt>{t("client.profile.identification")}</dt>
        <dd>{t(`client.identification.${client.identificationStatus}`)}</dd>
        <dt>{t("client.profile.chargesAgainstHer")}</dt>
        <dd>{client.chargesAgainstHer ? t(`client.charges.${client.chargesAgainstHer}`) : unknown}</dd>
        <dt>{t("client.profile.proceedings")}</dt>
        <dd>{client.proceedings ? t(`client.proceedings.${client.proceedings}`) : unknown}</dd>
        <dt>{t("client.profile.compensationClaim")}</dt>
        <dd>{client.compensationClaim ? t(`client.compensation.${client.compensationClaim}`) : unknown}</dd>
        <dt>{t("client.profile.cooperation")}</dt>
        <dd>
          {t(`client.cooperation.${client.cooperationWithAuthorities}`)}
          <span className="muted"> · {t("client.cooperationNote")}</span>
        </dd>
        <dt>{t("client.profile.trainingOrWork")}</dt>
        <dd>{yesNo(client.isInTrainingOrWork)}</dd>
      </dl>
      <p>
        <Link to={`/clients/${client.id}/identity`}>{t("client.identityLink")}</Link>
      </p>
    </section>
  );
}
