import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Text } from "./components/Text";
import { Suspense, lazy, useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { can } from "../core/auth/policy";
import type { Exercise } from "../core/catalog/schema";
import { computeFeatures } from "../core/features";
import type { Recommendation } from "./api/types";
import type { Booted } from "./boot";
import { Busy } from "./components/Busy";
import { LanguageIcon } from "./components/LanguageIcon";
import {
  InfoNotice,
  PendingAttempts,
  prefetchNotices,
  ProblemMessage,
  ScreenLoadFailed,
} from "./components/notices";
import { useI18n } from "./i18n/I18nProvider";
import { appReducer, initialAppState, type Screen } from "./state/appState";
import { readContextSafely } from "./state/readContext";
import { ServicesProvider } from "./state/services";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { lazyScreens, prefetchScreens } from "./screens/loaders";
import HomeScreen from "./screens/HomeScreen";
import { saveDraft } from "./lib/drafts";
import { loadMessages } from "./i18n/load";
import { freshestMe, openExerciseFor, rememberMe, rememberOpenExercise } from "./state/paneSession";

// Screens are separate chunks: the first render only needs the shell and the first screen. Home is part of
// the shell's code, preloaded by the page; onboarding is fetched while the pane boots once the profile says
// it is needed; the others once the first suggestion is on screen, when the browser is idle, so they never
// delay it.

// The preview host's switcher (preview only, never inside Office) comes once the first screen is up.
const PreviewSwitcher = lazy(() =>
  import(/* webpackChunkName: "preview-switcher" */ "./components/PreviewSwitcher").then((m) => ({
    default: m.PreviewSwitcher,
  })),
);

const useStyles = makeStyles({
  shell: { display: "flex", flexDirection: "column", minHeight: "100vh", minWidth: 0 },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: "8px",
    padding: "8px 12px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // minmax(0, 1fr): a screen with wide content (a form, a table) shrinks to the pane instead of overflowing.
  main: { padding: "12px", display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: "12px", minWidth: 0 },
  nav: { padding: "6px 12px 0" },
  footer: { padding: "0 12px 12px" },
  navList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", gap: "4px", flexWrap: "wrap" },
});

export function Shell(props: {
  booted: Booted;
  /** Leaves the learner's session: their data erased, or signed out (the root starts again or waits). */
  onLeave?: (reason: "erased" | "signedOut") => void;
  /** Shown above the screens (e.g. "your data has been erased"). */
  notice?: string;
}) {
  const { onLeave } = props;
  const services = useMemo(
    () => ({ ...props.booted.services, ...(onLeave ? { leave: onLeave } : {}) }),
    [props.booted.services, onLeave],
  );
  const { t, l, lang, setLang } = useI18n();
  const styles = useStyles();
  const [state, dispatch] = useReducer(appReducer, initialAppState, (initial) =>
    appReducerInit(initial, props.booted),
  );
  // A screen whose chunk failed to load (offline) is retried with fresh lazy components.
  const [generation, setGeneration] = useState(0);
  const screens = useMemo(lazyScreens, [generation]);
  const {
    OnboardingScreen,
    ExerciseScreen,
    ProgressScreen,
    ResultsScreen,
    CharterScreen,
    UseCasesScreen,
    LibraryScreen,
  } = screens;
  // Once the first suggestion is settled (or another screen opened first), fetch the other screens and
  // the other language's texts: the pane keeps working if the network goes.
  // Latched: asking for another suggestion later must not take the switcher away.
  const settledNow =
    state.screen !== "home" || ["ready", "none", "failed"].includes(state.recommendationStatus);
  // False in the first frame even when it shows the suggestion already: what this unlocks comes after.
  const [firstScreenSettled, setFirstScreenSettled] = useState(false);
  useEffect(() => {
    if (!settledNow || firstScreenSettled) return;
    // A frame later: nothing this unlocks is fetched before the suggestion is on screen.
    const frame = requestAnimationFrame(() => setFirstScreenSettled(true));
    return () => cancelAnimationFrame(frame);
  }, [settledNow, firstScreenSettled]);
  const otherLang = lang === "fr" ? "en" : "fr";
  useEffect(() => {
    if (!firstScreenSettled) return;
    return whenIdle(() => {
      prefetchScreens();
      prefetchNotices();
      void loadMessages(otherLang).catch(() => undefined);
    });
  }, [firstScreenSettled, otherLang]);
  useEffect(() => {
    if (state.me) rememberMe(state.me);
  }, [state.me]);
  const tenantId = state.me?.tenant;
  const userId = state.me?.user;
  // Another identity signed in on this device: the previous one's Progress history is dropped (its code
  // comes after the first frame; Progress never shows another identity's history meanwhile, it checks).
  useEffect(() => {
    if (!tenantId || !userId) return;
    import(/* webpackChunkName: "progress-cache" */ "./lib/progressCache").then(
      (m) => m.keepProgressOnlyFor({ tenant: tenantId, user: userId }),
      // Offline before it ever loaded: dropped on the next start.
      () => undefined,
    );
  }, [tenantId, userId]);
  useEffect(() => {
    if (userId) rememberOpenExercise(userId, services.host.host, state.exercise);
  }, [userId, services, state.exercise]);

  // The language only picks the wording the API may use; switching it must not change the suggestion.
  const langRef = useRef(lang);
  langRef.current = lang;
  const previous = useRef(state.recommendation);
  previous.current = state.recommendation;
  // The first suggestion: already in the first frame when it came with the boot, else awaited below.
  const shownFirst = useRef(state.recommendationStatus === "ready");
  const firstRecommendation = useRef<Promise<Recommendation | null> | null>(
    shownFirst.current ? null : props.booted.firstRecommendation,
  );

  const recommend = useCallback(
    async (exclude: string[] = []) => {
      if (!state.features) return;
      dispatch({ type: "recommending" });
      try {
        const recommendation = await services.api.recommend({
          host: services.host.host,
          lang: langRef.current,
          features: state.features,
          exclude,
        });
        // Nothing else fits: keep the current suggestion rather than show none.
        if (!recommendation && exclude.length > 0 && previous.current) {
          dispatch({ type: "recommended", recommendation: previous.current });
          return;
        }
        dispatch({ type: "recommended", recommendation: recommendation ?? null });
      } catch (problem) {
        dispatch({ type: "recommendFailed", problem });
      }
    },
    [services, state.features],
  );

  // A suggestion as soon as the charter is accepted, and again when the context changes or after an
  // attempt. The first one was already asked for during start-up.
  const charterAccepted = state.me?.charterAccepted === true;
  useEffect(() => {
    if (!charterAccepted) return;
    if (shownFirst.current) {
      shownFirst.current = false;
      return;
    }
    const first = firstRecommendation.current;
    firstRecommendation.current = null;
    if (!first) {
      void recommend();
      return;
    }
    dispatch({ type: "recommending" });
    void first.then((recommendation) =>
      recommendation ? dispatch({ type: "recommended", recommendation }) : recommend(),
    );
  }, [charterAccepted, recommend, state.attemptsVersion]);

  // Attempts waiting from an earlier session are counted and sent once the first screen is up: the
  // queue's storage (IndexedDB and its library) is not needed before.
  useEffect(() => {
    if (!firstScreenSettled) return;
    return services.queue.subscribe((count) => dispatch({ type: "pending", count }));
  }, [services, firstScreenSettled]);
  useEffect(() => {
    if (!firstScreenSettled) return;
    const flush = () => void services.queue.flush();
    window.addEventListener("online", flush);
    flush();
    return () => window.removeEventListener("online", flush);
  }, [services, firstScreenSettled]);

  const refreshContext = useCallback(async () => {
    try {
      const context = await readContextSafely(services.host);
      dispatch({ type: "context", context, features: computeFeatures(context) });
    } catch (err) {
      // An unexpected host failure: keep the context already shown.
      console.error("Parcours could not read the open item", err);
    }
  }, [services]);

  // Follow the user: a new selection or another email updates the context (and the suggestion).
  useEffect(() => services.host.onContextChanged?.(() => void refreshContext()), [services, refreshContext]);

  const refreshMe = useCallback(async () => {
    try {
      dispatch({ type: "me", me: await services.api.me() });
    } catch {
      // Progress figures stay as they were; the next screen load retries.
    }
  }, [services]);

  // An attempt sent later from the queue counts like any other: refresh progress and the suggestion.
  useEffect(
    () =>
      services.queue.onDelivered(() => {
        dispatch({ type: "attemptRecorded" });
        void refreshMe();
      }),
    [services, refreshMe],
  );

  // The same policy as the results API's: whoever may read results sees the screen, in every host
  // (outside Excel it shows the key figures and downloads the workbook).
  const isPilotLead = can(state.me, "results.read");
  const showResults = isPilotLead;
  const tabs: Array<{ id: Screen; label: string }> = [
    { id: "home", label: t.nav.home },
    ...(state.exercise ? [{ id: "exercise" as const, label: t.nav.exercise }] : []),
    { id: "progress", label: t.nav.progress },
    { id: "useCases", label: t.nav.useCases },
    { id: "library", label: t.nav.library },
    ...(showResults ? [{ id: "results" as const, label: t.nav.results }] : []),
  ];

  const start = (exercise: Exercise) => dispatch({ type: "start", exercise });

  return (
    <ServicesProvider services={services}>
      <div className={styles.shell}>
        <header className={styles.header}>
          <Text as="h1" weight="semibold" size={500} style={{ margin: 0 }}>
            {t.appName}
          </Text>
          <Button
            size="small"
            appearance="subtle"
            lang={lang === "fr" ? "en" : "fr"}
            icon={<LanguageIcon />}
            onClick={() => setLang(lang === "fr" ? "en" : "fr")}
          >
            {t.languageSwitch}
          </Button>
        </header>
        {services.host.preview && firstScreenSettled ? (
          // Without its chunk (offline) the preview simply has no switcher.
          <ErrorBoundary fallback={() => null}>
            <Suspense fallback={null}>
              <PreviewSwitcher preview={services.host.preview} />
            </Suspense>
          </ErrorBoundary>
        ) : null}
        {services.host.notice ? <InfoNotice text={l(services.host.notice)} /> : null}
        {props.notice ? <InfoNotice role="status" testId="pane-notice" text={props.notice} /> : null}
        {state.screen !== "onboarding" ? (
          <nav aria-label={t.nav.label} className={styles.nav}>
            {/* Plain buttons, not a TabList: the sections are separate pages, reached with Tab and Enter. */}
            <ul className={styles.navList}>
              {tabs.map((tab) => (
                <li key={tab.id}>
                  <Button
                    size="small"
                    appearance={state.screen === tab.id ? "primary" : "subtle"}
                    aria-current={state.screen === tab.id ? "page" : undefined}
                    onClick={() => dispatch({ type: "navigate", screen: tab.id })}
                  >
                    {tab.label}
                  </Button>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <main className={styles.main}>
          <PendingAttempts count={state.pending} onSend={() => void services.queue.flush()} />
          <ErrorBoundary
            key={generation}
            fallback={(error) => (
              <ScreenLoadFailed error={error} onRetry={() => setGeneration((g) => g + 1)} />
            )}
          >
            <Suspense fallback={<Busy size="small" label={t.loading} />}>
              {state.exercise && state.context && state.features ? (
                // Kept mounted while the user looks at other sections: the prompt and the tries survive.
                <div hidden={state.screen !== "exercise"}>
                  {state.switchedFrom ? (
                    <InfoNotice
                      role="status"
                      testId="library-other-exercise"
                      text={t.library.otherExercise(l(state.exercise.title), l(state.switchedFrom.title))}
                    />
                  ) : null}
                  <ExerciseScreen
                    key={`${state.exercise.id}:${state.exerciseRun}`}
                    exercise={state.exercise}
                    context={state.context}
                    features={state.features}
                    onRecorded={() => {
                      dispatch({ type: "attemptRecorded" });
                      void refreshMe();
                    }}
                    onHome={() => dispatch({ type: "navigate", screen: "home" })}
                    onProposeUseCase={(exerciseId) => dispatch({ type: "proposeUseCase", exerciseId })}
                    promptToUse={state.promptToUse}
                    onPromptTaken={() => dispatch({ type: "promptTaken" })}
                    modelConfigured={state.me?.modelConfigured === true}
                    {...(state.me ? { charter: state.me.charter } : {})}
                  />
                </div>
              ) : null}
              {state.screen === "onboarding" && state.me ? (
                <OnboardingScreen
                  me={state.me}
                  onAccepted={(me) => dispatch({ type: "me", me })}
                  {...(isPilotLead
                    ? { onResults: () => dispatch({ type: "navigate", screen: "results" }) }
                    : {})}
                />
              ) : state.screen === "home" && state.me ? (
                <HomeScreen
                  me={state.me}
                  context={state.context}
                  features={state.features}
                  recommendation={state.recommendation}
                  status={state.recommendationStatus}
                  problem={state.recommendationProblem}
                  onStart={start}
                  onAnother={() =>
                    void recommend(state.recommendation ? [state.recommendation.exercise.id] : [])
                  }
                  onRetry={() => void recommend()}
                  onRefreshContext={() => void refreshContext()}
                />
              ) : state.screen === "progress" && state.me ? (
                <ProgressScreen me={state.me} version={state.attemptsVersion} />
              ) : state.screen === "useCases" && state.me ? (
                <UseCasesScreen
                  key={state.proposeFrom ?? "list"}
                  me={state.me}
                  host={services.host.host}
                  {...(state.proposeFrom ? { proposeFrom: state.proposeFrom } : {})}
                  onJobChanged={() => {
                    void refreshMe();
                    void recommend();
                  }}
                />
              ) : state.screen === "library" && state.me ? (
                <LibraryScreen
                  me={state.me}
                  host={services.host.host}
                  currentExercise={state.exercise}
                  recommended={state.recommendation?.exercise ?? null}
                  onUse={(exercise, text) => {
                    // Into the open exercise's box (its tries stay), or another exercise starts with it.
                    saveDraft(exercise.id, text);
                    dispatch({ type: "usePrompt", exercise, text });
                  }}
                />
              ) : state.screen === "results" ? (
                <ResultsScreen />
              ) : state.screen === "charter" && state.me ? (
                <CharterScreen me={state.me} />
              ) : state.screen === "exercise" && state.exercise ? null : (
                <ProblemMessage problem={null} />
              )}
            </Suspense>
          </ErrorBoundary>
        </main>
        {state.screen !== "onboarding" && state.me?.charterAccepted ? (
          <footer className={styles.footer}>
            <Button
              size="small"
              appearance="subtle"
              aria-current={state.screen === "charter" ? "page" : undefined}
              onClick={() => dispatch({ type: "navigate", screen: "charter" })}
            >
              {t.charterScreen.open}
            </Button>
          </footer>
        ) : null}
      </div>
    </ServicesProvider>
  );
}

/** Runs `task` when the browser is idle (soon in any case); returns the cancel function. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}

function appReducerInit(initial: typeof initialAppState, booted: Booted) {
  const me = freshestMe(booted.me);
  const loaded = appReducer(initial, {
    type: "loaded",
    me,
    context: booted.context,
    features: booted.features,
    openExercise: openExerciseFor(me.user, booted.services.host.host),
  });
  // The suggestion that came with the boot is on Home from the first frame.
  const first = booted.firstRecommendationNow;
  return first && me.charterAccepted
    ? appReducer(loaded, { type: "recommended", recommendation: first })
    : loaded;
}
