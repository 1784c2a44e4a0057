import { Button, FluentProvider } from "@fluentui/react-components";
import { Text } from "./components/Text";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Lang } from "../core/types";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Busy } from "./components/Busy";
import { CrashNotice, ProblemMessage } from "./components/notices";
import { I18nProvider } from "./i18n/I18nProvider";
import { langFromLocale, storedLang, storeLang } from "./i18n/language";
import { BOOT_TEXTS, loadFirstMessages, loadMessages, messagesNow } from "./i18n/load";
import type { Messages } from "./i18n/messages";
import { bootPane, type BootHooks, type Booted, type EarlyBoot } from "./boot";
import { Shell } from "./Shell";
import { loadTheme, providerTheme, themeName, themeReady, type ThemeName, type HostThemeHint } from "./theme";

type BootState =
  | { status: "loading" }
  | { status: "failed"; problem: unknown }
  | { status: "ready"; booted: Booted }
  /** The learner signed out: nothing is asked of the API until they sign in again. */
  | { status: "signedOut" };

type Dictionaries = Partial<Record<Lang, Messages>>;

/**
 * The pane's root: theme, language, and the boot sequence (host → sign-in → learner profile). `boot`
 * may have been started before React mounted (see `bootEarly`). Texts come one language at a time: until
 * the chosen language's dictionary has arrived, the previous one stays on screen.
 */
export function App(props: { boot?: EarlyBoot | ((hooks: BootHooks) => Promise<Booted>) }) {
  const runBoot = props.boot ?? bootPane;
  // When the boot (and the texts) have already arrived as React mounts, the first frame is the shell.
  const [adopted] = useState(() =>
    props.boot && "settled" in props.boot ? props.boot.settled() : undefined,
  );
  const [lang, setLangState] = useState<Lang>(
    () => storedLang() ?? langFromLocale(adopted?.services.host.displayLanguage || navigator.language),
  );
  const [themeHint, setThemeHint] = useState<HostThemeHint | null>(adopted?.services.host.theme ?? null);
  const [boot, setBoot] = useState<BootState>(
    adopted ? { status: "ready", booted: adopted } : { status: "loading" },
  );
  const [dictionaries, setDictionaries] = useState<Dictionaries>(() => {
    const now = messagesNow(lang);
    return now ? { [lang]: now } : {};
  });
  const [shownLang, setShownLang] = useState<Lang | null>(() => (dictionaries[lang] ? lang : null));
  const [textsFailed, setTextsFailed] = useState(false);
  const langRef = useRef(lang);
  langRef.current = lang;

  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    setLangState(next);
  }, []);

  const run = useCallback(
    (restart: boolean) => {
      if (restart) setBoot({ status: "loading" });
      runBoot({
        lang: () => langRef.current,
        onHost: (host) => {
          setThemeHint(host.theme);
          if (!storedLang() && host.displayLanguage) {
            langRef.current = langFromLocale(host.displayLanguage);
            setLangState(langRef.current);
          }
        },
      }).then(
        // The boot shown from the first frame is kept as it is (no new render).
        (booted) =>
          setBoot((shown) =>
            shown.status === "ready" && shown.booted === booted ? shown : { status: "ready", booted },
          ),
        (problem: unknown) => setBoot({ status: "failed", problem }),
      );
    },
    [runBoot],
  );
  const start = useCallback(() => run(true), [run]);

  // The boot already on screen is still claimed (its later calls start afresh), without a loading frame.
  const startedWith = useRef(adopted);
  useEffect(() => {
    const restart = startedWith.current === undefined;
    startedWith.current = undefined;
    run(restart);
  }, [run]);

  // After an erasure the pane starts again (the API gives a new, empty profile: onboarding), saying so.
  // Both ways out start from My data, a screen that waited for the rest of the texts (`t.myData` is there).
  const [erased, setErased] = useState(false);
  const leave = useCallback(
    (reason: "erased" | "signedOut") => {
      setErased(reason === "erased");
      if (reason === "erased") start();
      else setBoot({ status: "signedOut" });
    },
    [start],
  );

  // The pane opens with its first screen's texts (the rest follows before any other screen opens); a
  // language switched to later comes whole, as the screen on show may need any of its texts.
  const opening = useRef(shownLang === null);
  const fetchTexts = useCallback((wanted: Lang) => {
    setTextsFailed(false);
    (opening.current ? loadFirstMessages : loadMessages)(wanted).then(
      (messages) => {
        opening.current = false;
        setDictionaries((all) => ({ ...all, [wanted]: messages }));
        // The latest choice wins when the user switches twice quickly.
        if (langRef.current === wanted) setShownLang(wanted);
      },
      () => {
        if (langRef.current === wanted) setTextsFailed(true);
      },
    );
  }, []);

  useEffect(() => {
    if (dictionaries[lang]) setShownLang(lang);
    else fetchTexts(lang);
  }, [lang, dictionaries, fetchTexts]);

  const t = shownLang ? dictionaries[shownLang] : undefined;
  const bootTexts = BOOT_TEXTS[shownLang ?? lang];

  useEffect(() => {
    document.documentElement.lang = shownLang ?? lang;
    document.title = bootTexts.appName;
  }, [shownLang, lang, bootTexts]);

  // The dark and high-contrast themes are fetched when asked for; until then nothing is drawn in the
  // wrong colours (the first frame waits for them), and a later switch keeps the current theme meanwhile.
  const wantedTheme = themeName(themeHint);
  const [themeShown, setThemeShown] = useState<ThemeName | null>(() =>
    themeReady(wantedTheme) ? wantedTheme : null,
  );
  useEffect(() => {
    let live = true;
    loadTheme(wantedTheme).then(
      () => live && setThemeShown(wantedTheme),
      // Offline before the theme ever arrived: the light theme rather than nothing.
      () => live && setThemeShown((shown) => shown ?? "light"),
    );
    return () => {
      live = false;
    };
  }, [wantedTheme]);
  if (!themeShown) return null;

  return (
    <FluentProvider
      theme={providerTheme(themeShown)}
      style={{ minHeight: "100vh", background: "var(--colorNeutralBackground1)" }}
    >
      {!t || !shownLang ? (
        <div style={{ padding: 24, display: "grid", gap: 12 }}>
          {textsFailed ? (
            <>
              <Text role="alert">{bootTexts.failed}</Text>
              <div>
                <Button onClick={() => fetchTexts(lang)}>{bootTexts.retry}</Button>
              </div>
            </>
          ) : (
            <Busy label={bootTexts.loading} />
          )}
        </div>
      ) : (
        <I18nProvider lang={shownLang} t={t} setLang={setLang}>
          <ErrorBoundary fallback={(error, reset) => <CrashNotice error={error} onReset={reset} />}>
            {boot.status === "loading" ? (
              <div style={{ padding: 24 }}>
                <Busy label={t.loading} />
              </div>
            ) : boot.status === "signedOut" ? (
              <div style={{ padding: 12, display: "grid", gap: 12 }}>
                <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }}>
                  {t.appName}
                </Text>
                <Text role="status" data-testid="signed-out">
                  {t.myData.signedOut}
                </Text>
                <div>
                  <Button appearance="primary" onClick={start}>
                    {t.myData.signInAgain}
                  </Button>
                </div>
              </div>
            ) : boot.status === "failed" ? (
              <div style={{ padding: 12, display: "grid", gap: 12 }}>
                <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }}>
                  {t.appName}
                </Text>
                <ProblemMessage problem={boot.problem} onRetry={start} />
              </div>
            ) : (
              <Shell booted={boot.booted} onLeave={leave} {...(erased ? { notice: t.myData.erased } : {})} />
            )}
          </ErrorBoundary>
        </I18nProvider>
      )}
    </FluentProvider>
  );
}
