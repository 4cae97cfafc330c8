import { createContext, type ReactNode, useContext, useMemo } from "react";
import type { Translate, Translator } from "./translator.ts";

type TranslationValue = { readonly t: Translate; readonly i18n: Translator; readonly catalogueUrl: string | null };

const TranslationContext = createContext<TranslationValue | null>(null);

/**
 * Gives the components below it this translator (its language and messages). The page's outer
 * provider (entry.server.tsx, entry.client.tsx) also names where the browser gets the messages.
 */
export function TranslationProvider({
  translator,
  catalogueUrl,
  children,
}: {
  translator: Translator;
  catalogueUrl?: string;
  children: ReactNode;
}) {
  const outer = useContext(TranslationContext);
  const url = catalogueUrl ?? outer?.catalogueUrl ?? null;
  const value = useMemo(() => ({ t: translator.t, i18n: translator, catalogueUrl: url }), [translator, url]);
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}

/** `const { t, i18n } = useTranslation()`: the nearest provider's `t` and language (`i18n.language`). */
export function useTranslation(): TranslationValue {
  const value = useContext(TranslationContext);
  if (!value)
    throw new Error("useTranslation needs a TranslationProvider above it (entry.server.tsx, entry.client.tsx)");
  return value;
}
