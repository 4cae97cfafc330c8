import { useTranslation } from "../../i18n/use-translation.tsx";

/** Numbers in the page's language (1,234.5 · 1.234,5), at most one decimal unless asked (ε needs four: 0.25, not 0.3). */
export function useNumberFormat(maximumFractionDigits = 1): (n: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { maximumFractionDigits });
  return (n: number) => format.format(n);
}
