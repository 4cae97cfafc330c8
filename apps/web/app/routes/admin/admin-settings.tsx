import { data, Form, Link } from "react-router";
import { CheckField } from "../../components/client/fields.tsx";
import { ErrorSummary, FieldError, type FormErrors, invalidProps } from "../../components/client/form-errors.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/admin-settings";
import { handleSettingsAction, loadSettings } from "./admin-settings.server.ts";

/** Organisation settings (issue 17): administrators change them; managers see them and set retention and the plan checks. */
function settingsCaller(context: Route.LoaderArgs["context"]) {
  const { caller, session } = requireApi(context);
  if (session.role !== "admin" && session.role !== "manager") throw data(null, { status: 403 });
  return { caller, isAdmin: session.role === "admin" };
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, isAdmin } = settingsCaller(context);
  return { ...(await loadSettings(caller, new URL(request.url))), isAdmin };
}

export async function action({ request, context }: Route.ActionArgs) {
  return handleSettingsAction(settingsCaller(context).caller, request);
}

type Field = { name: string; label: string; value: string | number; errors: FormErrors | undefined; hint?: string };

function NumberField({ name, label, value, errors, hint }: Field) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {hint ? (
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError errors={errors} name={name} />
      <input
        id={name}
        name={name}
        inputMode="numeric"
        defaultValue={String(value)}
        maxLength={6}
        className="short"
        {...(hint ? { "aria-describedby": `${name}-hint` } : {})}
        {...invalidProps(errors, name)}
      />
    </div>
  );
}

export default function AdminSettings({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { organisation: org, checks, done, checkFields, timeZones, isAdmin } = loaderData;
  const failed = (section: string) => (actionData?.section === section ? actionData : null);
  const value = (section: string, name: string, fallback: string | number) =>
    failed(section)?.values[name] ?? String(fallback);
  const orgErrors = failed("organisation")?.errors;
  return (
    <div className="narrow">
      <title>{`${t("adminSettings.title")} · ${t("app.name")}`}</title>
      <h1>{t("adminSettings.title")}</h1>
      {done ? (
        <p className="notice" role="status">
          {t(`adminSettings.done.${done}`)}
        </p>
      ) : null}
      <section aria-labelledby="organisation-title">
        <h2 id="organisation-title">{t("adminSettings.organisation")}</h2>
        {isAdmin ? (
          <Form method="post" noValidate>
            <ErrorSummary errors={orgErrors} />
            <input type="hidden" name="intent" value="organisation" />
            <input type="hidden" name="version" value={org.version} />
            <div className="field">
              <label htmlFor="name">{t("adminSettings.name")}</label>
              <FieldError errors={orgErrors} name="name" />
              <input
                id="name"
                name="name"
                defaultValue={value("organisation", "name", org.name)}
                maxLength={200}
                {...invalidProps(orgErrors, "name")}
              />
            </div>
            <div className="field">
              <label htmlFor="timeZone">{t("adminSettings.timeZone")}</label>
              <p className="hint" id="timeZone-hint">
                {t("adminSettings.timeZoneHint")}
              </p>
              <FieldError errors={orgErrors} name="timeZone" />
              <select
                id="timeZone"
                name="timeZone"
                defaultValue={value("organisation", "timeZone", org.timeZone)}
                aria-describedby="timeZone-hint"
                {...invalidProps(orgErrors, "timeZone")}
              >
                {timeZones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="country">{t("adminSettings.country")}</label>
              <p className="hint" id="country-hint">
                {t("adminSettings.countryHint")}
              </p>
              <FieldError errors={orgErrors} name="country" />
              <input
                id="country"
                name="country"
                className="short"
                maxLength={2}
                defaultValue={value("organisation", "country", org.country ?? "")}
                aria-describedby="country-hint"
                {...invalidProps(orgErrors, "country")}
              />
            </div>
            <NumberField
              name="disclosureThreshold"
              label={t("adminSettings.k")}
              hint={t("adminSettings.kHint", { rounding: String(org.disclosureRoundingInForce) })}
              value={value("organisation", "disclosureThreshold", org.disclosureThreshold)}
              errors={orgErrors}
            />
            <NumberField
              name="disclosureRounding"
              label={t("adminSettings.rounding")}
              hint={t("adminSettings.roundingHint", { rounding: String(org.disclosureRoundingDefault) })}
              value={value("organisation", "disclosureRounding", org.disclosureRounding ?? "")}
              errors={orgErrors}
            />
            <p>
              <Link to="/admin/staff">{t("adminSettings.twoStepOnStaffPage")}</Link>
            </p>
            <button type="submit">{t("adminSettings.saveOrganisation")}</button>
          </Form>
        ) : (
          <dl className="facts">
            <dt>{t("adminSettings.name")}</dt>
            <dd>{org.name}</dd>
            <dt>{t("adminSettings.timeZone")}</dt>
            <dd>{org.timeZone}</dd>
            <dt>{t("adminSettings.country")}</dt>
            <dd>{org.country ?? t("adminSettings.noCountry")}</dd>
            <dt>{t("adminSettings.k")}</dt>
            <dd>
              {t("adminSettings.kValue", {
                k: String(org.disclosureThreshold),
                rounding: String(org.disclosureRoundingInForce),
              })}
            </dd>
            <dt>{t("adminSettings.twoStep")}</dt>
            <dd>
              {org.totpRequiredRoles.length > 0
                ? org.totpRequiredRoles.map((role) => t(`role.${role}`)).join(", ")
                : t("adminSettings.twoStepNone")}
            </dd>
          </dl>
        )}
      </section>
      <CountryRulesSection
        permitTypeRows={loaderData.permitTypeRows}
        rules={org.countryRules}
        version={org.version}
        isAdmin={isAdmin}
        failed={failed("countryRules")}
      />
      <section aria-labelledby="retention-title">
        <h2 id="retention-title">{t("adminSettings.retention")}</h2>
        <Form method="post" noValidate>
          <ErrorSummary errors={failed("retention")?.errors} />
          <input type="hidden" name="intent" value="retention" />
          <input type="hidden" name="version" value={org.version} />
          <NumberField
            name="retainNotesMonths"
            label={t("adminSettings.retainNotes")}
            value={value("retention", "retainNotesMonths", org.retainNotesMonths)}
            errors={failed("retention")?.errors}
          />
          <NumberField
            name="retainIdentityMonths"
            label={t("adminSettings.retainIdentity")}
            value={value("retention", "retainIdentityMonths", org.retainIdentityMonths)}
            errors={failed("retention")?.errors}
          />
          <button type="submit">{t("adminSettings.saveRetention")}</button>
        </Form>
      </section>
      <section aria-labelledby="checks-title">
        <h2 id="checks-title">{t("adminSettings.checks")}</h2>
        <p>{t("adminSettings.checksIntro")}</p>
        <Form method="post" noValidate>
          <ErrorSummary errors={failed("checks")?.errors} />
          <input type="hidden" name="intent" value="checks" />
          <input type="hidden" name="version" value={checks.version} />
          {checkFields.map((field) => (
            <NumberField
              key={field}
              name={field}
              label={t(`adminSettings.check.${field}`)}
              value={value("checks", field, checks.config[field])}
              errors={failed("checks")?.errors}
            />
          ))}
          <button type="submit">{t("adminSettings.saveChecks")}</button>
        </Form>
      </section>
    </div>
  );
}

type CountryRulesProps = {
  /** How many permit-type lines to show (the server decides: the listed ones and three more). */
  permitTypeRows: number;
  rules: { reflectionPeriodDays: number | null; permitTypes: { label: string; tiedToCooperation: boolean }[] };
  version: number;
  isAdmin: boolean;
  failed: { values: Record<string, string>; errors: FormErrors } | null;
};

/**
 * The country's rules (issue 17): the reflection period's length and the permit types, one line
 * each with a box for "depends on cooperating". Administrators edit them; managers read them.
 */
function CountryRulesSection({ permitTypeRows, rules, version, isAdmin, failed }: CountryRulesProps) {
  const { t } = useTranslation();
  const errors = failed?.errors;
  const rows = permitTypeRows;
  const label = (row: number) => failed?.values[`permitType-${row}`] ?? rules.permitTypes[row]?.label ?? "";
  const tied = (row: number) =>
    failed ? failed.values[`permitTypeTied-${row}`] === "on" : (rules.permitTypes[row]?.tiedToCooperation ?? false);
  return (
    <section aria-labelledby="country-rules-title">
      <h2 id="country-rules-title">{t("adminSettings.countryRules")}</h2>
      <p>{t("adminSettings.countryRulesIntro")}</p>
      {isAdmin ? (
        <Form method="post" noValidate>
          <ErrorSummary errors={errors} />
          <input type="hidden" name="intent" value="countryRules" />
          <input type="hidden" name="version" value={version} />
          <NumberField
            name="reflectionPeriodDays"
            label={t("adminSettings.reflectionDays")}
            hint={t("adminSettings.reflectionDaysHint")}
            value={failed?.values.reflectionPeriodDays ?? rules.reflectionPeriodDays ?? ""}
            errors={errors}
          />
          <fieldset className="check-group" aria-describedby="permitTypes-hint">
            <legend>{t("adminSettings.permitTypes")}</legend>
            <p className="hint" id="permitTypes-hint">
              {t("adminSettings.permitTypesHint")}
            </p>
            <FieldError errors={errors} name="permitTypes" />
            {Array.from({ length: rows }, (_, row) => (
              <div className="inline-grid" key={row}>
                <div className="field">
                  <label htmlFor={`permitType-${row}`}>{t("adminSettings.permitTypeLabel", { number: row + 1 })}</label>
                  <FieldError errors={errors} name={`permitType-${row}`} />
                  <input
                    id={`permitType-${row}`}
                    name={`permitType-${row}`}
                    defaultValue={label(row)}
                    maxLength={80}
                    {...invalidProps(errors, `permitType-${row}`)}
                  />
                </div>
                <CheckField
                  name={`permitTypeTied-${row}`}
                  label={t("adminSettings.permitTypeTied", { number: row + 1 })}
                  defaultChecked={tied(row)}
                />
              </div>
            ))}
          </fieldset>
          <button type="submit">{t("adminSettings.saveCountryRules")}</button>
        </Form>
      ) : (
        <dl className="facts">
          <dt>{t("adminSettings.reflectionDays")}</dt>
          <dd>{rules.reflectionPeriodDays ?? t("adminSettings.notSet")}</dd>
          <dt>{t("adminSettings.permitTypes")}</dt>
          <dd>
            {rules.permitTypes.length > 0 ? (
              <ul className="plain-list">
                {rules.permitTypes.map((type) => (
                  <li key={type.label}>
                    {type.tiedToCooperation ? t("client.intake.permitTypeTied", { type: type.label }) : type.label}
                  </li>
                ))}
              </ul>
            ) : (
              t("adminSettings.noPermitTypes")
            )}
          </dd>
        </dl>
      )}
    </section>
  );
}
