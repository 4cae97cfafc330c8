import type { InputHTMLAttributes, ReactNode } from "react";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { FieldError, type FormErrors } from "./form-errors.tsx";

type Common = { name: string; id?: string; label: string; hint?: ReactNode; errors: FormErrors | undefined };

/** aria-describedby of a field: its error (if any) and its hint (if any). */
function describedBy(errors: FormErrors | undefined, name: string, id: string, hasHint: boolean) {
  const ids = [errors?.[name] ? `${id}-error` : null, hasHint ? `${id}-hint` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function Hint({ id, hint }: { id: string; hint: ReactNode }) {
  return hint ? (
    <p className="hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

/** A labelled select; option labels are message keys `${labelPrefix}${value}`. */
export function SelectField(
  props: Common & { options: readonly string[]; labelPrefix: string; defaultValue?: string; emptyLabel?: string },
) {
  const { t } = useTranslation();
  const id = props.id ?? props.name;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <Hint id={id} hint={props.hint} />
      <FieldError errors={props.errors} name={props.name} id={id} />
      <select
        id={id}
        name={props.name}
        defaultValue={props.defaultValue ?? ""}
        aria-invalid={props.errors?.[props.name] ? true : undefined}
        aria-describedby={describedBy(props.errors, props.name, id, Boolean(props.hint))}
      >
        {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
        {props.options.map((option) => (
          <option key={option} value={option}>
            {t(`${props.labelPrefix}${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled input (text, date, number…). */
export function InputField(props: Common & InputHTMLAttributes<HTMLInputElement>) {
  const { name, id: givenId, label, hint, errors, ...input } = props;
  const id = givenId ?? name;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <FieldError errors={errors} name={name} id={id} />
      <input
        id={id}
        name={name}
        aria-invalid={errors?.[name] ? true : undefined}
        aria-describedby={describedBy(errors, name, id, Boolean(hint))}
        {...input}
      />
    </div>
  );
}

/** A checkbox with its label beside it. */
export function CheckField({
  name,
  id = name,
  label,
  defaultChecked,
  hint,
}: {
  name: string;
  id?: string;
  label: string;
  defaultChecked?: boolean;
  hint?: ReactNode;
}) {
  return (
    <div className="check">
      <input
        type="checkbox"
        id={id}
        name={name}
        defaultChecked={defaultChecked}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
    </div>
  );
}
