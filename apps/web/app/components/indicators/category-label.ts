import { useTranslation } from "../../i18n/use-translation.tsx";

/**
 * Words for the codes a funder report or a breakdown carries: disaggregation categories,
 * closure reasons, support areas. Countries are ISO codes named by the browser's Intl.
 */
export function useCategoryLabel(): (dimension: string, code: string) => string {
  const { t, i18n } = useTranslation();
  const regions = new Intl.DisplayNames(i18n.language, { type: "region", fallback: "code" });
  return (dimension, code) => {
    if (
      code === "other" ||
      code === "unknown" ||
      code === "unrecorded" ||
      code === "yes" ||
      code === "no" ||
      code === "all"
    )
      return t(`funder.category.${code}`);
    switch (dimension) {
      case "ageBand":
        return t(`client.ageBand.${code}`);
      case "citizenshipGroup":
        return t(`client.citizenship.${code}`);
      case "legalStatus":
        return t(`client.legalStatus.${code}`);
      case "country":
        return /^[A-Z]{2}$/.test(code) ? (regions.of(code) ?? code) : code;
      case "closure":
        return t(`plan.closure.${code}`);
      case "domain":
        return t(`domain.${code}.title`);
      default:
        return code;
    }
  };
}
