import { useTranslation } from "../../i18n/use-translation.tsx";

/** Numbers in the page's language (1,234.5 · 1.234,5), at most one decimal. */
export function useNumberFormat(): (n: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (n: number) => format.format(n);
}
