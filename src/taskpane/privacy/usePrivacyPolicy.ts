import { useEffect, useState } from "react";
import { PrivacyPolicyResponseSchema } from "../../core/api/llm";
import { DEFAULT_PRIVACY_POLICY, type PrivacyPolicy } from "../../core/privacy";
import type { ApiClient } from "../api/client";
import { ApiProblem } from "../api/problem";
import { useServices } from "../state/services";

// One policy per API client, shared by the screens: asked once when the pane opens, again before each Run.
const known = new WeakMap<ApiClient, PrivacyPolicy>();
const pending = new WeakMap<ApiClient, Promise<PrivacyPolicy>>();
const listeners = new Set<() => void>();

/** Asks the API for the tenant's policy (now, not from a cache) and shares the answer with the screens. */
export function fetchPrivacyPolicy(api: ApiClient): Promise<PrivacyPolicy> {
  const inFlight = pending.get(api);
  if (inFlight) return inFlight;
  const request = api
    .privacyPolicy()
    .then((body) => {
      const parsed = PrivacyPolicyResponseSchema.safeParse(body);
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
