import { computeFeatures } from "../core/features";
import type { ContextFeatures, HostContext } from "../core/types";
import { createApiClient } from "./api/client";
import type { Me } from "./api/types";
import { createTokenSource } from "./auth/tokenSource";
import { createAttemptQueue, type AttemptQueue } from "./queue/attemptQueue";
import { indexedDbPendingStore } from "./queue/indexedDbStore";
import { memoryPendingStore, type PendingStore } from "./queue/store";
import type { Services } from "./state/services";
import { connectHost } from "./state/connectHost";
import type { PaneHost } from "./state/host";

export interface Booted {
  services: Services;
  me: Me;
  context: HostContext;
  features: ContextFeatures;
}

/**
 * Starts the pane: connect to the host (Office or the preview host), pick the sign-in method, then
 * read the open item and the learner profile in parallel.
 */
export async function bootPane(hooks: { onHost?: (host: PaneHost) => void } = {}): Promise<Booted> {
  const host = await connectHost();
  hooks.onHost?.(host);
  const { tokens, method } = createTokenSource({
    isPreview: host.isPreview,
    search: location.search,
    origin: location.origin,
  });
  const api = createApiClient({ tokens });
  const queue = createAttemptQueue({ store: pendingStore(), send: (a) => api.recordAttempt(a) });
  const [context, me] = await Promise.all([host.readContext(), api.me()]);
  const features = computeFeatures(context);
  return { services: { host, api, queue, signIn: method }, me, context, features };
}

function pendingStore(): PendingStore {
  // IndexedDB can be unavailable (private windows, some Office web frames): keep attempts in memory then.
  return typeof indexedDB === "undefined" ? memoryPendingStore() : indexedDbPendingStore();
}

export type { AttemptQueue };
