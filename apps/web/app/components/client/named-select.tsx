import { FieldError, type FormErrors } from "./form-errors.tsx";

/** An option whose label the server already put into the reader's language (countries, languages). */
export type NamedOption = { value: string; label: string };

type Props = {
  name: string;
  label: string;
  hint?: string;
  options: readonly NamedOption[];
  /** Options listed first (e.g. "Stateless"), before the named list. */
  leading?: readonly NamedOption[];
  emptyLabel: string;
  errors: FormErrors | undefined;
  defaultValue: string;
};

/** A labelled select over a named list; a recorded value missing from the list is still offered. */
export function NamedSelect({ name, label, hint, options, leading = [], emptyLabel, errors, defaultValue }: Props) {
  const known = [...leading, ...options].some((option) => option.value === defaultValue);
  const described = [errors?.[name] ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {hint ? (
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError errors={errors} name={name} />
      <select
        id={name}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={errors?.[name] ? true : undefined}
        aria-describedby={described || undefined}
      >
        <option value="">{emptyLabel}</option>
        {defaultValue && !known ? <option value={defaultValue}>{defaultValue}</option> : null}
        {[...leading, ...options].map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The label of a value in a named list, or the value itself when the list does not have it. */
export function nameOf(options: readonly NamedOption[] | undefined, value: string): string {
  return options?.find((option) => option.value === value)?.label ?? value;
}
