import { useEffect, useState } from "react";
import { PrivacyPolicyResponseSchema } from "../../core/api/llm";
import { DEFAULT_PRIVACY_POLICY, PERSONAL_DATA_TYPES, type PrivacyPolicy } from "../../core/privacy";
import type { ApiClient } from "../api/client";
import { ApiProblem } from "../api/problem";
import { useServices } from "../state/services";

// One policy per API client, shared by the screens: asked once when the pane opens, again before each Run.
const known = new WeakMap<ApiClient, PrivacyPolicy>();
const pending = new WeakMap<ApiClient, Promise<PrivacyPolicy>>();
const listeners = new Set<() => void>();

/**
 * The policy without actions for types this pane does not know (an API newer than the pane): the
 * pane applies what it can, and the API, which knows them, still enforces them.
 */
function withKnownTypes(body: unknown): unknown {
  const policy = (body as { policy?: Record<string, unknown> } | null)?.policy;
  if (!policy || typeof policy !== "object") return body;
  const known = (actions: unknown) =>
    actions && typeof actions === "object"
      ? Object.fromEntries(
          Object.entries(actions as Record<string, unknown>).filter(([type]) =>
            (PERSONAL_DATA_TYPES as readonly string[]).includes(type),
          ),
        )
      : actions;
  return {
    policy: { ...policy, actions: known(policy.actions), promptActions: known(policy.promptActions) },
  };
}

/** Asks the API for the tenant's policy (now, not from a cache) and shares the answer with the screens. */
export function fetchPrivacyPolicy(api: ApiClient): Promise<PrivacyPolicy> {
  const inFlight = pending.get(api);
  if (inFlight) return inFlight;
  const request = api
    .privacyPolicy()
    .then((body) => {
      const parsed = PrivacyPolicyResponseSchema.safeParse(withKnownTypes(body));
      if (!parsed.success) {
        throw new ApiProblem({ status: 502, code: "server", detail: "unreadable privacy policy" });
      }
      const policy = parsed.data.policy;
      known.set(api, policy);
      for (const listener of listeners) listener();
      return policy;
    })
    .finally(() => pending.delete(api));
  pending.set(api, request);
  return request;
}

/**
 * The tenant's privacy policy for live checks while typing. Until the API has answered (or when it
 * cannot be reached) the built-in default stands in; a Run always asks the API first.
 */
export function usePrivacyPolicy(): { policy: PrivacyPolicy; fromTenant: boolean } {
  const { api } = useServices();
  const [, setVersion] = useState(0);
  useEffect(() => {
    const listener = () => setVersion((v) => v + 1);
    listeners.add(listener);
    if (!known.has(api)) fetchPrivacyPolicy(api).catch(() => undefined);
    return () => {
      listeners.delete(listener);
    };
  }, [api]);
  const policy = known.get(api);
  return { policy: policy ?? DEFAULT_PRIVACY_POLICY, fromTenant: policy !== undefined };
}
