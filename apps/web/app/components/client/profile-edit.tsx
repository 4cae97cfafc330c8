import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { InputField, SelectField } from "./fields.tsx";
import { ErrorSummary, type FormErrors } from "./form-errors.tsx";
import { IntakeFactsFields, type IntakeOptions } from "./intake-facts-fields.tsx";
import type { ProfileFactsRecord } from "./profile-facts.tsx";

type ProfileRecord = Omit<ProfileFactsRecord, "id"> & { version: number };

/** Her record as the form's field values (checkboxes "on", lists comma-separated, one row per child). */
function formValues(client: ProfileRecord): Record<string, string> {
  const { safeContact, interpreter, children, languages, exploitationForms, ...facts } = client;
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(facts)) {
    if (typeof value === "boolean") {
      if (value) values[name] = "on";
    } else if (Array.isArray(value)) values[name] = value.join(", ");
    else if (value !== null && value !== undefined) values[name] = String(value);
  }
  for (const channel of safeContact?.channels ?? []) values[`channel-${channel}`] = "on";
  for (const time of safeContact?.times ?? []) values[`time-${time}`] = "on";
  if (safeContact?.neverLeaveMessage) values.neverLeaveMessage = "on";
  if (safeContact?.codeWord) values.codeWord = safeContact.codeWord;
  for (const [row, language] of languages.entries()) values[`language-${row}`] = language;
  for (const form of exploitationForms ?? []) values[`exploitation-${form}`] = "on";
  if (interpreter?.language) values.interpreterLanguage = interpreter.language;
  if (interpreter) Object.assign(values, { interpreterGender: interpreter.gender, interpreterMode: interpreter.mode });
  for (const [row, child] of (children ?? []).entries()) {
    values[`child-${row}-age`] = String(child.age);
    values[`child-${row}-livesWith`] = child.livesWith;
  }
  return values;
}

type Props = {
  client: ProfileRecord;
  today: string;
  options: IntakeOptions;
  errors: FormErrors | undefined;
  values: Record<string, string> | undefined;
};

/** Her profile facts, the same fields as at intake, saved with the record's version (a stale one is a conflict). */
export function ProfileEdit({ client, today, options, errors, values }: Props) {
  const { t } = useTranslation();
  const current = values ?? formValues(client);
  return (
    <details className="card wide profile-edit" open={errors ? true : undefined}>
      <summary>{t("client.profileEdit.title")}</summary>
      <Form method="post" noValidate className="intake">
        <ErrorSummary errors={errors} />
        <input type="hidden" name="intent" value="update-profile" />
        <input type="hidden" name="version" value={client.version} />
        <fieldset className="panel">
          <legend>{t("client.intake.firstContact")}</legend>
          <div className="inline-grid">
            <SelectField
              name="firstContactChannel"
              label={t("client.intake.channel")}
              options={options.channels}
              labelPrefix="clients.channel."
              emptyLabel={t("client.notRecorded")}
              errors={errors}
              defaultValue={current.firstContactChannel ?? ""}
            />
            <InputField
              name="firstContactDate"
              type="date"
              label={t("client.intake.firstContactDate")}
              errors={errors}
              defaultValue={current.firstContactDate ?? ""}
              max={today}
              required
            />
          </div>
        </fieldset>
        <IntakeFactsFields options={options} errors={errors} values={current} />
        <button type="submit">{t("client.profileEdit.save")}</button>
      </Form>
    </details>
  );
}
