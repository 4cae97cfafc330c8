// One action's fields: a catalogue action or free text (grouped by domain, so it works
// without JavaScript), the provider from the directory, due date, who is responsible, and
// the status with a required barrier when blocked.

import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { type Echo, echoed, FieldError, FormAlert, invalidProps, PlanRef } from "./form-bits.tsx";

export type ActionView = {
  id: string;
  domain: string;
  actionId?: string | undefined;
  labelKey: string | null;
  freeText?: string | undefined;
  providerId?: string | undefined;
  responsibleWorkerId?: string | undefined;
  /** The goal this step leads towards (issue 16: steps belong to goals). */
  goalId?: string | null | undefined;
  dueDate?: string | undefined;
  status: string;
  barrierReason?: string | undefined;
  barrierNote?: string | undefined;
  /** Core's definition (open and past its due date; blocked is not overdue). */
  isOverdue?: boolean;
};

export type ActionVocabulary = {
  /** How a consent was recorded (for the consent recorded in place of a refused referral). */
  recordingMethods?: string[];
  catalogue: { domain: string; actions: { id: string; labelKey: string }[] }[];
  actionStatuses: string[];
  barrierReasons: string[];
};

type Props = {
  action: ActionView | null;
  vocabulary: ActionVocabulary;
  providers: { id: string; name: string; domains: string[] }[];
  workers: { id: string; name: string }[];
  /** Her goals, to link the step to one. */
  goals: { id: string; domain: string; text: string }[];
  planId: string;
  version: number;
  echo: Echo | null;
};

export function ActionForm({ action, vocabulary, providers, workers, goals, planId, version, echo }: Props) {
  const { t } = useTranslation();
  const p = action ? `action-${action.id}` : "action-new";
  const field = (name: string, fallback: string) => echoed(echo, name, fallback);
  const groups = action ? vocabulary.catalogue.filter((g) => g.domain === action.domain) : vocabulary.catalogue;
  const inputProps = (name: string) => ({ id: `${p}-${name}`, name, ...invalidProps(echo, name, `${p}-${name}`) });
  return (
    <Form method="post" className="plan-form" key={echo?.nonce ?? `${p}-${version}`}>
      <FormAlert echo={echo} />
      <PlanRef intent={action ? "update-action" : "add-action"} planId={planId} version={version} />
      {action ? <input type="hidden" name="actionId" value={action.id} /> : null}
      <div className="field">
        <label htmlFor={`${p}-choice`}>{t("planPage.action.choice")}</label>
        <FieldError echo={echo} name="choice" id={`${p}-choice`} />
        <select
          {...inputProps("choice")}
          defaultValue={field("choice", action ? `${action.domain}:${action.actionId ?? ""}` : "")}
        >
          {action ? null : <option value="">{t("planPage.choose")}</option>}
          {groups.map((g) => (
            <optgroup key={g.domain} label={t(`domain.${g.domain}.title`)}>
              {g.actions.map((a) => (
                <option key={a.id} value={`${g.domain}:${a.id}`}>
                  {t(a.labelKey)}
                </option>
              ))}
              <option value={`${g.domain}:`}>
                {t("planPage.action.other", { domain: t(`domain.${g.domain}.title`) })}
              </option>
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${p}-freeText`}>{t("planPage.action.freeText")}</label>
        <FieldError echo={echo} name="freeText" id={`${p}-freeText`} />
        <input {...inputProps("freeText")} maxLength={300} defaultValue={field("freeText", action?.freeText ?? "")} />
      </div>
      <div className="field">
        <label htmlFor={`${p}-goalId`}>{t("planPage.action.goal")}</label>
        <FieldError echo={echo} name="goalId" id={`${p}-goalId`} />
        <select {...inputProps("goalId")} defaultValue={field("goalId", action?.goalId ?? "")}>
          <option value="">{t("planPage.action.noGoal")}</option>
          {goals.map((g) => (
            <option key={g.id} value={g.id}>
              {t(`domain.${g.domain}.title`)}: {g.text}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${p}-providerId`}>{t("planPage.action.provider")}</label>
          <FieldError echo={echo} name="providerId" id={`${p}-providerId`} />
          <select {...inputProps("providerId")} defaultValue={field("providerId", action?.providerId ?? "")}>
            <option value="">{t("planPage.action.noProvider")}</option>
            {groups.map((g) => (
              <optgroup key={g.domain} label={t(`domain.${g.domain}.title`)} data-domain={g.domain}>
                {providers
                  .filter((pr) => pr.domains.includes(g.domain))
                  .map((pr) => (
                    <option key={pr.id} value={pr.id}>
                      {pr.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${p}-dueDate`}>{t("planPage.action.dueDate")}</label>
          <FieldError echo={echo} name="dueDate" id={`${p}-dueDate`} />
          <input {...inputProps("dueDate")} type="date" defaultValue={field("dueDate", action?.dueDate ?? "")} />
        </div>
        <div className="field">
          <label htmlFor={`${p}-responsibleWorkerId`}>{t("planPage.action.responsible")}</label>
          <select
            {...inputProps("responsibleWorkerId")}
            defaultValue={field("responsibleWorkerId", action?.responsibleWorkerId ?? "")}
          >
            <option value="">{t("planPage.action.nobody")}</option>
            {workers.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${p}-status`}>{t("planPage.action.status")}</label>
          <select {...inputProps("status")} defaultValue={field("status", action?.status ?? "planned")}>
            {vocabulary.actionStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`plan.actionStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${p}-barrierReason`}>{t("planPage.action.barrier")}</label>
          <FieldError echo={echo} name="barrierReason" id={`${p}-barrierReason`} />
          <select {...inputProps("barrierReason")} defaultValue={field("barrierReason", action?.barrierReason ?? "")}>
            <option value="">{t("planPage.action.noBarrier")}</option>
            {vocabulary.barrierReasons.map((b) => (
              <option key={b} value={b}>
                {t(`plan.barrier.${b}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${p}-barrierNote`}>{t("planPage.action.barrierNote")}</label>
          <input
            {...inputProps("barrierNote")}
            maxLength={300}
            defaultValue={field("barrierNote", action?.barrierNote ?? "")}
          />
        </div>
      </div>
      <button type="submit">{t(action ? "planPage.save" : "planPage.action.add")}</button>
    </Form>
  );
}
