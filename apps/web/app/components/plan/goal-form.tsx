// One goal's fields: her words, the domain, the GAS level now (−2…+2) with optional level
// descriptions, and its weight. Used to add a goal and to edit one.

import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { type Echo, echoed, FieldError, FormAlert, invalidProps, PlanRef } from "./form-bits.tsx";

export type GoalView = {
  id: string;
  domain: string;
  text: string;
  inHerOwnWords: boolean;
  currentGasLevel: number;
  weight: number;
  gasLevels?: Partial<Record<"minus2" | "minus1" | "zero" | "plus1" | "plus2", string>> | undefined;
};

const GAS_FIELDS = [
  ["minus2", -2],
  ["minus1", -1],
  ["zero", 0],
  ["plus1", 1],
  ["plus2", 2],
] as const;

export const gasKey = (level: number) => `gas.level.${level > 0 ? `plus${level}` : level < 0 ? `minus${-level}` : "0"}`;

type Props = { goal: GoalView | null; domains: string[]; planId: string; version: number; echo: Echo | null };

export function GoalForm({ goal, domains, planId, version, echo }: Props) {
  const { t } = useTranslation();
  const p = goal ? `goal-${goal.id}` : "goal-new";
  const field = (name: string, fallback: string) => echoed(echo, name, fallback);
  return (
    <Form method="post" className="plan-form" key={echo?.nonce ?? `${p}-${version}`}>
      <FormAlert echo={echo} />
      <PlanRef intent={goal ? "update-goal" : "add-goal"} planId={planId} version={version} />
      {goal ? <input type="hidden" name="goalId" value={goal.id} /> : null}
      <div className="field">
        <label htmlFor={`${p}-text`}>{t("planPage.goal.text")}</label>
        <FieldError echo={echo} name="text" id={`${p}-text`} />
        <textarea
          id={`${p}-text`}
          name="text"
          rows={2}
          maxLength={500}
          defaultValue={field("text", goal?.text ?? "")}
          {...invalidProps(echo, "text", `${p}-text`)}
        />
      </div>
      <div className="check">
        <input
          id={`${p}-own`}
          type="checkbox"
          name="inHerOwnWords"
          defaultChecked={field("inHerOwnWords", goal?.inHerOwnWords === false ? "" : "on") === "on"}
        />
        <label htmlFor={`${p}-own`}>{t("planPage.goal.inHerOwnWords")}</label>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${p}-domain`}>{t("planPage.domain")}</label>
          <FieldError echo={echo} name="domain" id={`${p}-domain`} />
          <select
            id={`${p}-domain`}
            name="domain"
            defaultValue={field("domain", goal?.domain ?? "")}
            {...invalidProps(echo, "domain", `${p}-domain`)}
          >
            {goal ? null : <option value="">{t("planPage.choose")}</option>}
            {domains.map((d) => (
              <option key={d} value={d}>
                {t(`domain.${d}.title`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${p}-gas`}>{t("planPage.goal.gasNow")}</label>
          <select
            id={`${p}-gas`}
            name="currentGasLevel"
            defaultValue={field("currentGasLevel", String(goal?.currentGasLevel ?? -1))}
          >
            {GAS_FIELDS.map(([, level]) => (
              <option key={level} value={level}>
                {`${level > 0 ? "+" : ""}${level} · ${t(gasKey(level))}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${p}-weight`}>{t("planPage.goal.weight")}</label>
          <FieldError echo={echo} name="weight" id={`${p}-weight`} />
          <input
            id={`${p}-weight`}
            name="weight"
            type="number"
            min={1}
            max={10}
            defaultValue={field("weight", String(goal?.weight ?? 1))}
            {...invalidProps(echo, "weight", `${p}-weight`)}
          />
        </div>
      </div>
      <details className="gas-levels">
        <summary>{t("planPage.goal.gasDescriptions")}</summary>
        {GAS_FIELDS.map(([name, level]) => (
          <div className="field" key={name}>
            <label htmlFor={`${p}-gas-${name}`}>{`${level > 0 ? "+" : ""}${level} · ${t(gasKey(level))}`}</label>
            <FieldError echo={echo} name={`gas-${name}`} id={`${p}-gas-${name}`} />
            <input
              id={`${p}-gas-${name}`}
              name={`gas-${name}`}
              maxLength={300}
              defaultValue={field(`gas-${name}`, goal?.gasLevels?.[name] ?? "")}
            />
          </div>
        ))}
      </details>
      <button type="submit">{t(goal ? "planPage.save" : "planPage.goal.add")}</button>
    </Form>
  );
}
