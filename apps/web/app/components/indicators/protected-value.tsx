import { useTranslation } from "../../i18n/use-translation.tsx";
import { useNumberFormat } from "../charts/use-number-format.ts";

/** A disclosure-controlled count as the funder API sends it (core `ProtectedCount`). */
export type Protected = { readonly kind: "value"; readonly value: number } | { readonly kind: "suppressed" };

/**
 * A released number, or the words "hidden for protection" with a link to the methodology
 * panel that explains why — never a blank cell, which a reader would take for zero, and never
 * "fewer than k": a cell hidden so that another cannot be worked out from the totals may be
 * large (issue 18).
 */
export function ProtectedValue({ cell, k, suffix = "" }: { cell: Protected; k: number; suffix?: string }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  if (cell.kind === "value") return <>{`${format(cell.value)}${suffix}`}</>;
  return (
    <a className="suppressed" href="#methodology">
      {t("funder.suppressed", { k })}
    </a>
  );
}
