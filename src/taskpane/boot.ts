import { computeFeatures } from "../core/features";
import type { ContextFeatures, HostContext, Lang } from "../core/types";
import { createApiClient } from "./api/client";
import type { Me, Recommendation } from "./api/types";
import { createTokenSource } from "./auth/tokenSource";
import { createAttemptQueue, type AttemptQueue } from "./queue/attemptQueue";
import { indexedDbPendingStore } from "./queue/indexedDbStore";
import { memoryPendingStore, type PendingStore } from "./queue/store";
import type { Services } from "./state/services";
import { connectHost } from "./state/connectHost";
import type { PaneHost } from "./state/host";
import { readContextSafely } from "./state/readContext";

export interface Booted {
  services: Services;
  me: Me;
  context: HostContext;
  features: ContextFeatures;
  /** The first suggestion, asked for alongside the profile so Home needs no extra round trip. */
  firstRecommendation: Promise<Recommendation | null>;
}

/**
 * Starts the pane: connect to the host (Office or the preview host), pick the sign-in method, then
 * read the open item and the learner profile in parallel.
 */
export async function bootPane(
  hooks: { onHost?: (host: PaneHost) => void; lang?: () => Lang } = {},
): Promise<Booted> {
  const host = await connectHost();
  hooks.onHost?.(host);
  const { tokens, method } = createTokenSource({
    isPreview: host.isPreview,
    search: location.search,
    pageUrl: location.href,
  });
  const api = createApiClient({ tokens });
  const queue = createAttemptQueue({ store: pendingStore(), send: (a) => api.recordAttempt(a) });
  const mePromise = api.me();
  const context = await readContextSafely(host);
  const features = computeFeatures(context);
  const lang = hooks.lang?.() ?? features.lang;
  const firstRecommendation = api
    .recommend({ host: host.host, lang, features })
    .then((r) => r ?? null)
    .catch(() => null);
  const me = await mePromise;
  return { services: { host, api, queue, signIn: method }, me, context, features, firstRecommendation };
}

function pendingStore(): PendingStore {
  // IndexedDB can be unavailable (private windows, some Office web frames): keep attempts in memory then.
  return typeof indexedDB === "undefined" ? memoryPendingStore() : indexedDbPendingStore();
}

export type { AttemptQueue };
