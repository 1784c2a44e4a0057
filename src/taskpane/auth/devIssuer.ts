import { ApiProblem, problemFromResponse } from "../api/problem";
import type { TokenSource } from "../api/client";
import { cachedTokenSource } from "./cachedToken";

export interface DevIdentity {
  tenant: string;
  user: string;
  name?: string;
  roles?: string[];
}

/**
 * Tokens from the API's development issuer (POST /api/v1/dev/token), used in the preview host and
 * whenever the build has no Entra ID client id. The API only offers it in dev mode.
 */
export function devTokenSource(
  identity: DevIdentity,
  baseUrl = "/api/v1",
  doFetch: typeof fetch = (i, n) => fetch(i, n),
): TokenSource {
  return cachedTokenSource(async () => {
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}/dev/token`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(identity),
      });
    } catch (err) {
      throw new ApiProblem({
        status: 0,
        code: "network",
        detail: err instanceof Error ? err.message : String(err),
      });
    }
    if (!response.ok) throw await problemFromResponse(response);
    const body = (await response.json()) as { token?: unknown; expiresAt?: unknown };
    if (typeof body.token !== "string")
      throw new ApiProblem({ status: 502, code: "server", detail: "no token" });
    return { token: body.token };
  });
}

/**
 * The preview identity: `?user=` and `?roles=` in the URL pick who you are, so several people (or test
 * runs) can share one dev API without mixing their progress.
 */
export function previewIdentity(search: string): DevIdentity {
  const params = new URLSearchParams(search);
  const user = params.get("user")?.trim() || "preview-learner";
  const roles = (params.get("roles") ?? "")
    .split(",")
    .map((r) => r.trim())
    .filter((r) => r === "PilotLead" || r === "Admin");
  return {
    tenant: params.get("tenant")?.trim() || "dev",
    user,
    name: params.get("name") ?? undefined,
    roles,
  };
}
