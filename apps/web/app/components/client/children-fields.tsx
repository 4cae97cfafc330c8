import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { InputField, SelectField } from "./fields.tsx";
import { FieldError, type FormErrors } from "./form-errors.tsx";

type Props = {
  options: { childResidences: readonly string[]; maxChildren: number };
  errors: FormErrors | undefined;
  values: Record<string, string> | undefined;
};

/** How many rows to show: one per child, and every row that was posted (nothing typed is lost). */
export function childRowCount(values: Record<string, string> | undefined, count: number, max: number): number {
  let rows = Number.isInteger(count) && count > 0 ? count : 0;
  for (const name of Object.keys(values ?? {})) {
    const row = /^child-(\d+)-/.exec(name)?.[1];
    if (row !== undefined) rows = Math.max(rows, Number(row) + 1);
  }
  return Math.min(rows, max);
}

/**
 * Her children: how many, and for each her or his age and where she or he lives. With
 * JavaScript the rows follow the number as it is typed; without it, they appear after saving.
 */
export function ChildrenFields({ options, errors, values }: Props) {
  const { t } = useTranslation();
  const v = (name: string, fallback = "") => values?.[name] ?? fallback;
  const [count, setCount] = useState(Number(v("childrenCount", "0")));
  const rows = childRowCount(values, count, options.maxChildren);
  return (
    <fieldset
      className="panel"
      id="children"
      aria-describedby={errors?.children ? "children-error children-hint" : "children-hint"}
    >
      <legend>{t("client.children.title")}</legend>
      <InputField
        name="childrenCount"
        type="number"
        min={0}
        max={options.maxChildren}
        inputMode="numeric"
        label={t("client.intake.childrenCount")}
        errors={errors}
        defaultValue={v("childrenCount", "0")}
        onChange={(event) => setCount(Number(event.currentTarget.value))}
      />
      <p className="hint" id="children-hint">
        {t("client.children.hint")}
      </p>
      <FieldError errors={errors} name="children" />
      {Array.from({ length: rows }, (_, row) => (
        <fieldset className="inline-grid child-row" key={row}>
          <legend>{t("client.children.child", { number: row + 1 })}</legend>
          <InputField
            name={`child-${row}-age`}
            type="number"
            min={0}
            max={40}
            inputMode="numeric"
            label={t("client.children.age")}
            errors={errors}
            defaultValue={v(`child-${row}-age`)}
          />
          <SelectField
            name={`child-${row}-livesWith`}
            label={t("client.children.livesWith")}
            options={options.childResidences}
            labelPrefix="client.childResidence."
            emptyLabel={t("client.notRecorded")}
            errors={errors}
            defaultValue={v(`child-${row}-livesWith`)}
          />
        </fieldset>
      ))}
    </fieldset>
  );
}
