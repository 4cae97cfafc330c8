import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { usePeriodLabel } from "./period-range.tsx";

type Props = {
  action: string;
  form: {
    period: string;
    from: string;
    to: string;
    caseworker: string;
    pathway: string;
    domain: string;
    citizenship: string;
    children: string;
  };
  options: {
    months: string[];
    quarters: string[];
    years: string[];
    pathways: readonly string[];
    domains: readonly string[];
    citizenshipGroups: readonly string[];
  };
  caseworkers: { id: string; name: string }[];
  rangeError: string | null;
};

/** The dashboard's filters as a plain GET form: it works without JavaScript, and the URL can be bookmarked. */
export function DashboardFilters({ action, form, options, caseworkers, rangeError }: Props) {
  const { t } = useTranslation();
  const label = usePeriodLabel();
  const select = (name: keyof Props["form"], labelKey: string, values: readonly { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`f-${name}`}>{t(labelKey)}</label>
      <select id={`f-${name}`} name={name} defaultValue={form[name]}>
        <option value="">{t("dashboard.filter.all")}</option>
        {values.map((v) => (
          <option key={v.value} value={v.value}>
            {v.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <Form method="get" action={action} className="dashboard-filters" aria-label={t("dashboard.filter.title")}>
      <fieldset>
        <legend>{t("dashboard.filter.period")}</legend>
        <div className="filters">
          <div className="field">
            <label htmlFor="f-period">{t("dashboard.filter.calendarPeriod")}</label>
            <select id="f-period" name="period" defaultValue={form.period}>
              {(["months", "quarters", "years"] as const).map((group) => (
                <optgroup key={group} label={t(`dashboard.period.${group}`)}>
                  {options[group].map((code) => (
                    <option key={code} value={code}>
                      {label(code)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-from">{t("dashboard.filter.from")}</label>
            <input
              id="f-from"
              name="from"
              type="date"
              defaultValue={form.from}
              aria-invalid={rangeError ? true : undefined}
              aria-describedby="range-hint"
            />
          </div>
          <div className="field">
            <label htmlFor="f-to">{t("dashboard.filter.to")}</label>
            <input
              id="f-to"
              name="to"
              type="date"
              defaultValue={form.to}
              aria-invalid={rangeError ? true : undefined}
              aria-describedby="range-hint"
            />
          </div>
        </div>
        <p id="range-hint" className={rangeError ? "field-error" : "hint"} role={rangeError ? "alert" : undefined}>
          {t(rangeError ?? "dashboard.filter.rangeHint")}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t("dashboard.filter.who")}</legend>
        <div className="filters">
          {select(
            "caseworker",
            "dashboard.filter.caseworker",
            caseworkers.map((c) => ({ value: c.id, label: c.name })),
          )}
          {select(
            "pathway",
            "dashboard.filter.pathway",
            options.pathways.map((p) => ({ value: p, label: t(`pathway.${p}.title`) })),
          )}
          {select(
            "domain",
            "dashboard.filter.domain",
            options.domains.map((d) => ({ value: d, label: t(`domain.${d}.title`) })),
          )}
          {select(
            "citizenship",
            "dashboard.filter.citizenship",
            options.citizenshipGroups.map((c) => ({ value: c, label: t(`client.citizenship.${c}`) })),
          )}
          {select("children", "dashboard.filter.children", [
            { value: "yes", label: t("dashboard.filter.withChildren") },
            { value: "no", label: t("dashboard.filter.withoutChildren") },
          ])}
        </div>
      </fieldset>
      <button type="submit">{t("dashboard.filter.apply")}</button>
    </Form>
  );
}
