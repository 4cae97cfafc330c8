import { ROLES, type Role } from "@gesim/core/browser";
import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";

/** Which roles must use two-step sign-in (issue 17). */
export function TwoStepRolesForm({ requiredRoles }: { requiredRoles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="two-step-title">
      <h2 id="two-step-title">{t("staff.twoStep.title")}</h2>
      <p className="hint">{t("staff.twoStep.hint")}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="twoStep" />
        <fieldset>
          <legend>{t("staff.twoStep.legend")}</legend>
          {ROLES.map((role) => (
            <div className="check" key={role}>
              <input
                type="checkbox"
                id={`two-step-${role}`}
                name="requiredRoles"
                value={role}
                defaultChecked={requiredRoles.includes(role)}
              />
              <label htmlFor={`two-step-${role}`}>{t(`role.${role}`)}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit">{t("staff.twoStep.submit")}</button>
      </Form>
    </section>
  );
}
