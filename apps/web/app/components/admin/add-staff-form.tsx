import { ROLES } from "@gesim/core/browser";
import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";

type Props = {
  values: { displayName: string; email: string; role: string } | null;
  errors: Record<string, string> | null;
};

/** Adding a member of staff: her name, email and role; the server makes her one-time password. */
export function AddStaffForm({ values, errors }: Props) {
  const { t } = useTranslation();
  const described = (name: string) =>
    errors?.[name] ? { "aria-invalid": true as const, "aria-describedby": `new-${name}-error` } : {};
  const error = (name: string) =>
    errors?.[name] ? (
      <p className="field-error" id={`new-${name}-error`}>
        {t(errors[name])}
      </p>
    ) : null;
  return (
    <section aria-labelledby="add-staff-title">
      <h2 id="add-staff-title">{t("staff.add.title")}</h2>
      <p className="hint">{t("staff.add.hint")}</p>
      {errors ? (
        <div className="error-summary" role="alert">
          <h3>{t("account.errorSummary")}</h3>
        </div>
      ) : null}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="add" />
        <div className="field">
          <label htmlFor="new-displayName">{t("staff.add.name")}</label>
          {error("displayName")}
          <input
            id="new-displayName"
            name="displayName"
            autoComplete="off"
            maxLength={120}
            required
            defaultValue={values?.displayName}
            {...described("displayName")}
          />
        </div>
        <div className="field">
          <label htmlFor="new-email">{t("staff.add.email")}</label>
          {error("email")}
          <input
            id="new-email"
            name="email"
            type="email"
            autoComplete="off"
            maxLength={254}
            required
            defaultValue={values?.email}
            {...described("email")}
          />
        </div>
        <div className="field">
          <label htmlFor="new-role">{t("staff.add.role")}</label>
          {error("role")}
          <select id="new-role" name="role" defaultValue={values?.role ?? "caseworker"} {...described("role")}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("staff.add.submit")}</button>
      </Form>
    </section>
  );
}
