import type { TokenSource } from "../api/client";

export interface IssuedToken {
  token: string;
  /** Epoch milliseconds; undefined when unknown (then the JWT `exp` is read). */
  expiresAt?: number;
}

/** Margin before expiry at which a token is renewed, so a request never leaves with a dying token. */
const RENEW_MARGIN_MS = 60_000;

/** Wraps a token issuer with caching, renewal before expiry, and one in-flight request at a time. */
export function cachedTokenSource(
  issue: (refresh: boolean) => Promise<IssuedToken>,
  now = () => Date.now(),
): TokenSource {
  let current: { token: string; expiresAt: number } | null = null;
  let pending: Promise<string> | null = null;
  return {
    getToken(options) {
      const refresh = options?.refresh === true;
      if (!refresh && current && current.expiresAt - RENEW_MARGIN_MS > now())
        return Promise.resolve(current.token);
      if (pending) return pending;
      pending = issue(refresh)
        .then((issued) => {
          current = {
            token: issued.token,
            expiresAt: issued.expiresAt ?? jwtExpiry(issued.token) ?? now() + 300_000,
          };
          return issued.token;
        })
        .finally(() => {
          pending = null;
        });
      return pending;
    },
    forget() {
      current = null;
    },
  };
}

/** The `exp` claim of a JWT in epoch milliseconds (the pane only reads it to schedule renewal). */
export function jwtExpiry(token: string): number | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === "number" ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
