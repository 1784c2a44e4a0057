import { FluentProvider, Spinner, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Lang } from "../core/types";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { CrashNotice } from "./components/CrashNotice";
import { ProblemMessage } from "./components/ProblemMessage";
import { I18nProvider } from "./i18n/I18nProvider";
import { langFromLocale, storedLang, storeLang } from "./i18n/language";
import { MESSAGES } from "./i18n/messages";
import { bootPane, type Booted } from "./boot";
import { Shell } from "./Shell";
import { THEMES, themeName, type HostThemeHint } from "./theme";

type BootState =
  { status: "loading" } | { status: "failed"; problem: unknown } | { status: "ready"; booted: Booted };

/** The pane's root: theme, language, and the boot sequence (host → sign-in → learner profile). */
export function App() {
  const [lang, setLangState] = useState<Lang>(() => storedLang() ?? langFromLocale(navigator.language));
  const [themeHint, setThemeHint] = useState<HostThemeHint | null>(null);
  const [boot, setBoot] = useState<BootState>({ status: "loading" });
  const langRef = useRef(lang);
  langRef.current = lang;

  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    setLangState(next);
  }, []);

  const start = useCallback(() => {
    setBoot({ status: "loading" });
    bootPane({
      lang: () => langRef.current,
      onHost: (host) => {
        setThemeHint(host.theme);
        if (!storedLang() && host.displayLanguage) {
          langRef.current = langFromLocale(host.displayLanguage);
          setLangState(langRef.current);
        }
      },
    }).then(
      (booted) => setBoot({ status: "ready", booted }),
      (problem: unknown) => setBoot({ status: "failed", problem }),
    );
  }, []);

  useEffect(start, [start]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = MESSAGES[lang].appName;
  }, [lang]);

  const theme = THEMES[themeName(themeHint)];
  const t = MESSAGES[lang];

  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh", background: theme.colorNeutralBackground1 }}>
      <I18nProvider lang={lang} setLang={setLang}>
        <ErrorBoundary fallback={(error, reset) => <CrashNotice error={error} onReset={reset} />}>
          {boot.status === "loading" ? (
            <div style={{ padding: 24 }}>
              <Spinner label={t.loading} />
            </div>
          ) : boot.status === "failed" ? (
            <div style={{ padding: 12, display: "grid", gap: 12 }}>
              <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }}>
                {t.appName}
              </Text>
              <ProblemMessage problem={boot.problem} onRetry={start} />
            </div>
          ) : (
            <Shell booted={boot.booted} />
          )}
        </ErrorBoundary>
      </I18nProvider>
    </FluentProvider>
  );
}
