import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Translate, Translator } from "./translator.ts";

type TranslationValue = { readonly t: Translate; readonly i18n: Translator };

const TranslationContext = createContext<TranslationValue | null>(null);

/** Gives the components below it this translator (its language and messages). */
export function TranslationProvider({ translator, children }: { translator: Translator; children: ReactNode }) {
  const value = useMemo(() => ({ t: translator.t, i18n: translator }), [translator]);
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}

/** `const { t, i18n } = useTranslation()`: the nearest provider's `t` and language (`i18n.language`). */
export function useTranslation(): TranslationValue {
  const value = useContext(TranslationContext);
  if (!value) throw new Error("useTranslation needs a TranslationProvider above it (entry.server.tsx, entry.client.tsx)");
  return value;
}
