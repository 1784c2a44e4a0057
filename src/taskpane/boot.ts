import { computeFeatures } from "../core/features";
import type { ContextFeatures, HostContext, Lang } from "../core/types";
import { createPaneApiClient } from "./api/lazyClient";
import type { Me, Recommendation } from "./api/types";
import { previewRequested } from "../office/connect";
import { authConfig } from "./auth/config";
import { createTokenSource, loadOfficeSignIn } from "./auth/tokenSource";
import type { AttemptQueue } from "./queue/attemptQueue";
import { lazyAttemptQueue } from "./queue/lazy";
import type { Services } from "./state/services";
import { connectHost } from "./state/connectHost";
import type { PaneHost } from "./state/host";
import { readContextSafely } from "./state/readContext";
import { langFromLocale, storedLang } from "./i18n/language";
import { preloadOnboarding } from "./screens/chunks";

export interface Booted {
  services: Services;
  me: Me;
  context: HostContext;
  features: ContextFeatures;
  /** The first suggestion, asked for alongside the profile so Home needs no extra round trip. */
  firstRecommendation: Promise<Recommendation | null>;
  /** That suggestion when it had already arrived at the end of the boot: Home's first frame shows it. */
  firstRecommendationNow?: Recommendation;
}

/**
 * How long the boot waits for the first suggestion once the profile is there (the two are asked for
 * together): a learner on Home then gets the shell with the suggestion in one frame, not the shell and
 * then the suggestion. A slower suggestion comes after, as before.
 */
export const FIRST_SUGGESTION_WAIT_MS = 250;

export interface BootHooks {
  onHost?: (host: PaneHost) => void;
  lang?: () => Lang;
  /** The profile and the first suggestion have been asked for: nothing more is sent before they answer. */
  onRequestsSent?: () => void;
}

/**
 * Starts the pane: connect to the host (Office or the preview host), pick the sign-in method, then
 * read the open item and the learner profile in parallel.
 */
export async function bootPane(hooks: BootHooks = {}): Promise<Booted> {
  // The sign-in method is often known before the host answers — a preview asked for in the URL, or a
  // build without Entra ID, signs in with the dev issuer —: then the token is asked for right away.
  const early = previewRequested() || !authConfig() ? signIn(true) : null;
  // Otherwise the pane signs in through Office: its code downloads while office.js loads.
  if (!early) loadOfficeSignIn().catch(() => undefined);
  // Then the profile is asked for at once too: it needs the token, not the host.
  const earlyApi = early ? createPaneApiClient({ tokens: early.tokens }) : null;
  const earlyMe = earlyApi?.me();
  // Reported below, once the host is there; kept from being reported as unhandled if the host fails.
  earlyMe?.catch(() => undefined);
  const host = await connectHost();
  hooks.onHost?.(host);
  const { tokens, method } = early ?? signIn(host.isPreview);
  const api = earlyApi ?? createPaneApiClient({ tokens });
  // The learner whose attempts the queue sends: known with the profile, before the queue is fetched.
  let owner: string | null = null;
  // Fetched when the first screen is up and touches it (waiting attempts are counted and sent then).
  const queue = lazyAttemptQueue(() =>
    import(/* webpackChunkName: "attempt-queue" */ "./queue/start").then((m) =>
      m.startAttemptQueue(
        (attempt) => api.recordAttempt(attempt),
        () => owner,
      ),
    ),
  );
  const mePromise = earlyMe ?? api.me();
  // A learner who has not accepted the charter yet starts on onboarding: fetch it while the rest loads.
  void mePromise.then(
    (me) => {
      owner = `${me.tenant}/${me.user}`;
      return me.charterAccepted ? undefined : preloadOnboarding();
    },
    () => undefined,
  );
  const context = await readContextSafely(host);
  const features = computeFeatures(context);
  const lang = hooks.lang?.() ?? features.lang;
  const firstRecommendation = api
    .recommend({ host: host.host, lang, features })
    .then((r) => r ?? null)
    .catch(() => null);
  hooks.onRequestsSent?.();
  const me = await mePromise;
  let firstRecommendationNow: Recommendation | undefined;
  if (me.charterAccepted) {
    const now = await Promise.race([firstRecommendation, delay(FIRST_SUGGESTION_WAIT_MS)]);
    if (now) firstRecommendationNow = now;
  }
  return {
    services: { host, api, queue, signIn: method, tokens },
    me,
    context,
    features,
    firstRecommendation,
    ...(firstRecommendationNow ? { firstRecommendationNow } : {}),
  };
}

function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
}

function signIn(isPreview: boolean): ReturnType<typeof createTokenSource> {
  return createTokenSource({ isPreview, search: location.search, pageUrl: location.href });
}

/** The boot started from the entry, as the root component calls it. */
export interface EarlyBoot {
  (hooks: BootHooks): Promise<Booted>;
  /** The boot's result if it has already arrived: the root component's first frame can be the shell. */
  settled(): Booted | undefined;
  /**
   * Resolves once the first requests (profile, first suggestion) are on their way, or the boot is over:
   * the pane's code (React, Fluent UI) is evaluated then, while they travel, rather than before they
   * are sent.
   */
  requestsSent: Promise<void>;
  /** Resolves once the boot is over, whether it worked or not. */
  done: Promise<void>;
}

/**
 * Starts the pane now, from the entry chunk, before React mounts: sign-in, the profile and the first
 * suggestion are on their way while React renders its first frame. Returns the boot function the root
 * component calls: the first call gets this boot (its hooks still see the host), later calls (Try again)
 * start afresh.
 */
export function bootEarly(): EarlyBoot {
  let host: PaneHost | undefined;
  let late: BootHooks | undefined;
  let settled: Booted | undefined;
  let sent!: () => void;
  const requestsSent = new Promise<void>((resolve) => (sent = resolve));
  const early = bootPane({
    onHost: (h) => {
      host = h;
      late?.onHost?.(h);
    },
    // Before React mounts, the language the root component would pick: the user's choice, else Office's.
    lang: () => late?.lang?.() ?? storedLang() ?? langFromLocale(host?.displayLanguage || navigator.language),
    onRequestsSent: sent,
  });
  early.then(
    (booted) => {
      settled = booted;
    },
    // The root component reports the failure; until it asks, keep it from being reported as unhandled.
    () => undefined,
  );
  const done = early.then(
    () => undefined,
    () => undefined,
  );
  void done.then(sent);
  let used = false;
  const run = (hooks: BootHooks) => {
    if (used) return bootPane(hooks);
    used = true;
    late = hooks;
    if (host) hooks.onHost?.(host);
    return early;
  };
  return Object.assign(run, {
    settled: () => (used ? undefined : settled),
    requestsSent,
    done,
  });
}

export type { AttemptQueue };
