import { computeFeatures } from "../core/features";
import type { ContextFeatures, HostContext, Lang } from "../core/types";
import { createApiClient } from "./api/client";
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
}

export interface BootHooks {
  onHost?: (host: PaneHost) => void;
  lang?: () => Lang;
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
  const earlyApi = early ? createApiClient({ tokens: early.tokens }) : null;
  const earlyMe = earlyApi?.me();
  // Reported below, once the host is there; kept from being reported as unhandled if the host fails.
  earlyMe?.catch(() => undefined);
  const host = await connectHost();
  hooks.onHost?.(host);
  const { tokens, method } = early ?? signIn(host.isPreview);
  const api = earlyApi ?? createApiClient({ tokens });
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
  const me = await mePromise;
  return {
    services: { host, api, queue, signIn: method, tokens },
    me,
    context,
    features,
    firstRecommendation,
  };
}

function signIn(isPreview: boolean): ReturnType<typeof createTokenSource> {
  return createTokenSource({ isPreview, search: location.search, pageUrl: location.href });
}

/**
 * Starts the pane now, from the entry chunk, before React mounts: sign-in, the profile and the first
 * suggestion are on their way while React renders its first frame. Returns the boot function the root
 * component calls: the first call gets this boot (its hooks still see the host), later calls (Try again)
 * start afresh.
 */
export function bootEarly(): (hooks: BootHooks) => Promise<Booted> {
  let host: PaneHost | undefined;
  let late: BootHooks | undefined;
  const early = bootPane({
    onHost: (h) => {
      host = h;
      late?.onHost?.(h);
    },
    // Before React mounts, the language the root component would pick: the user's choice, else Office's.
    lang: () => late?.lang?.() ?? storedLang() ?? langFromLocale(host?.displayLanguage || navigator.language),
  });
  // The root component reports the failure; until it asks, keep it from being reported as unhandled.
  early.catch(() => undefined);
  let used = false;
  return (hooks) => {
    if (used) return bootPane(hooks);
    used = true;
    late = hooks;
    if (host) hooks.onHost?.(host);
    return early;
  };
}

export type { AttemptQueue };
