import { ApiProblem, problemFromResponse } from "./problem";
import type { Me, Recommendation } from "./types";
import type { ContextFeatures, Host, Lang } from "../../core/types";

/** Supplies the API access token; `refresh` forces a new one after a 401. */
export interface TokenSource {
  getToken(options?: { refresh?: boolean }): Promise<string>;
  /** Drops the token kept in memory (sign-out): the next request asks the issuer again. */
  forget?(): void;
}

export interface ApiClientOptions {
  /** Origin + prefix of the API; the pane is served from the same origin, so "/api/v1" by default. */
  baseUrl?: string;
  tokens: TokenSource;
  fetch?: typeof fetch;
}

/** Sends the API's requests: the token, one retry with a fresh token after a 401, failures as ApiProblem. */
export function createTransport(options: ApiClientOptions) {
  const base = options.baseUrl ?? "/api/v1";
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function send(path: string, init: RequestInit = {}, retried = false): Promise<Response> {
    const token = await options.tokens.getToken(retried ? { refresh: true } : undefined);
    const headers = new Headers(init.headers);
    headers.set("Authorization", `Bearer ${token}`);
    if (init.body !== undefined) headers.set("Content-Type", "application/json");
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, { ...init, headers });
    } catch (err) {
      if (init.signal?.aborted) throw err;
      throw networkProblem(err);
    }
    if (response.status === 401 && !retried) return send(path, init, true);
    if (!response.ok) throw await problemFromResponse(response);
    return response;
  }

  async function json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await send(path, init);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  return { send, json };
}

export type Transport = ReturnType<typeof createTransport>;

/** What the first screen asks of the API: the learner's profile and the suggestion. */
export function firstScreenMethods({ json }: Transport) {
  return {
    me: () => json<Me>("/me"),

    /** The recommender's pick, or null when no exercise fits (204). */
    recommend: async (body: {
      host: Host;
      lang: Lang;
      features: ContextFeatures;
      exclude?: string[];
    }): Promise<Recommendation | null> =>
      (await json<Recommendation | undefined>("/recommendations", {
        method: "POST",
        body: JSON.stringify(body),
      })) ?? null,
  };
}

/** The API out of reach: the request (or a piece of the pane it needs) never arrived. */
export function networkProblem(err: unknown): ApiProblem {
  return new ApiProblem({
    status: 0,
    code: "network",
    detail: err instanceof Error ? err.message : String(err),
  });
}
