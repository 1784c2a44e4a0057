import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Lang, Localized } from "../../core/types";
import type { Messages } from "./messages";

interface I18n {
  lang: Lang;
  t: Messages;
  /** Picks the current language from a bilingual text. */
  l: (text: Localized) => string;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18n | null>(null);

/** `t` is `lang`'s dictionary (the root loads one language at a time). */
export function I18nProvider(props: {
  lang: Lang;
  t: Messages;
  setLang: (lang: Lang) => void;
  children: ReactNode;
}) {
  const { lang, t, setLang } = props;
  const value = useMemo<I18n>(() => ({ lang, t, l: (text) => text[lang], setLang }), [lang, t, setLang]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}
