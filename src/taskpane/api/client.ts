import type { Host, Lang } from "../../core/types";
import { ApiProblem, problemFromResponse, type ProblemSpan } from "./problem";
import { readSse } from "./sse";
import type {
  AttemptList,
  AttemptRecorded,
  AttemptSubmission,
  ChatRequest,
  ChatUsage,
  Me,
  Recommendation,
} from "./types";
import type { ContextFeatures } from "../../core/types";
import type { Exercise } from "../../core/catalog/schema";
import type { ResultsReport } from "../../core/results/schema";
import type { Bilan } from "../../core/results/bilan";
import type { PulseAnswer, PulseRecorded, PulseStatus } from "../../core/api/pulse";
import type { JobListResponse } from "../../core/api/jobs";
import type { UseCaseCreate, UseCasePatch, UseCaseView } from "../../core/api/use-cases";
import type { FeedbackCreate } from "../../core/api/feedback";

/** Supplies the API access token; `refresh` forces a new one after a 401. */
export interface TokenSource {
  getToken(options?: { refresh?: boolean }): Promise<string>;
}

export interface ApiClientOptions {
  /** Origin + prefix of the API; the pane is served from the same origin, so "/api/v1" by default. */
  baseUrl?: string;
  tokens: TokenSource;
  fetch?: typeof fetch;
}

export interface ChatCallbacks {
  onChunk: (text: string) => void;
  /** What the API masked (redacted) or flagged before the model saw the text. */
  onPrivacy?: (event: { redacted: ProblemSpan[]; warnings: ProblemSpan[] }) => void;
  signal?: AbortSignal;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The typed client of the tenant API. Every failure is thrown as an ApiProblem. */
export function createApiClient(options: ApiClientOptions) {
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
      throw new ApiProblem({
        status: 0,
        code: "network",
        detail: err instanceof Error ? err.message : String(err),
      });
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

  return {
    me: () => json<Me>("/me"),

    acceptCharter: (version: string) =>
      json<Me>("/me/charter", { method: "POST", body: JSON.stringify({ version, accepted: true }) }),

    /** The tenant's exercises, for one host or all. */
    exercises: (host?: Host) =>
      json<{ exercises: Exercise[] }>(host ? `/exercises?host=${encodeURIComponent(host)}` : "/exercises"),

    recommend: (body: { host: Host; lang: Lang; features: ContextFeatures; exclude?: string[] }) =>
      json<Recommendation>("/recommendations", { method: "POST", body: JSON.stringify(body) }),

    recordAttempt: (attempt: AttemptSubmission) =>
      json<AttemptRecorded>("/attempts", { method: "POST", body: JSON.stringify(attempt) }),

    attempts: (limit = 100) => json<AttemptList>(`/me/attempts?limit=${limit}`),

    /** Everything stored about me (GET /me/export), as the JSON file the charter promises. */
    async exportMyData(): Promise<Blob> {
      const response = await send("/me/export");
      return response.blob();
    },

    /** The tenant's jobs and mine. */
    jobs: () => json<JobListResponse>("/jobs"),

    /** Choose, change or clear (null) my job. */
    setJob: (job: string | null) => json<Me>("/me", { method: "PUT", body: JSON.stringify({ job }) }),

    /** Use cases I may see (my job's; pilot leads: every job), best ranked first. */
    useCases: (query: { job?: string; sort?: "rank" | "recent" } = {}) => {
      const search = new URLSearchParams(
        Object.entries(query).filter(([, v]) => v !== undefined && v !== "") as [string, string][],
      ).toString();
      return json<{ useCases: UseCaseView[] }>(`/use-cases${search ? `?${search}` : ""}`);
    },

    proposeUseCase: (body: UseCaseCreate) =>
      json<UseCaseView>("/use-cases", { method: "POST", body: JSON.stringify(body) }),

    /** "I do this too", and whether it worked for me. */
    voteUseCase: (id: string, worked: boolean | null) =>
      json<UseCaseView>(`/use-cases/${encodeURIComponent(id)}/votes`, {
        method: "POST",
        body: JSON.stringify({ worked }),
      }),

    patchUseCase: (id: string, body: UseCasePatch) =>
      json<UseCaseView>(`/use-cases/${encodeURIComponent(id)}`, {
        method: "PATCH",
        body: JSON.stringify(body),
      }),

    /** Thumbs (and an optional comment) on an exercise or on the model's answer. */
    feedback: (body: FeedbackCreate) =>
      json<{ id: string }>("/feedback", { method: "POST", body: JSON.stringify(body) }),

    /** The pilot's results (PilotLead, Admin): `filter` becomes the query string of GET /results. */
    results: (filter: Partial<Record<"from" | "to" | "cohort" | "department" | "host", string>> = {}) => {
      const query = new URLSearchParams(
        Object.entries(filter).filter(([, v]) => v !== undefined && v !== "") as [string, string][],
      );
      const search = query.toString();
      return json<ResultsReport>(`/results${search ? `?${search}` : ""}`);
    },

    /**
     * The bilan of the current stage (PilotLead, Admin), for the Bilan sheet; null while the pilot
     * has no stage (the API answers 404 `no_stage`).
     */
    async bilan(): Promise<Bilan | null> {
      try {
        return await json<Bilan>("/results/bilan");
      } catch (problem) {
        if (problem instanceof ApiProblem && problem.code === "no_stage") return null;
        throw problem;
      }
    },

    /** Whether the confidence pulse is due now (onboarding, or a stage of mine has just ended). */
    pulse: () => json<PulseStatus>("/me/pulse", { cache: "no-store" }),

    answerPulse: (answer: PulseAnswer) =>
      json<PulseRecorded>("/me/pulse", { method: "POST", body: JSON.stringify(answer) }),

    /** The results workbook (.xlsx) for the same filter, with its About sheet in `lang`. */
    async resultsWorkbook(
      filter: Partial<Record<"from" | "to" | "cohort" | "department" | "host", string>>,
      lang: Lang,
    ): Promise<Blob> {
      const query = new URLSearchParams(
        Object.entries({ ...filter, lang }).filter(([, v]) => v !== undefined && v !== "") as [
          string,
          string,
        ][],
      );
      const response = await send(`/results.xlsx?${query.toString()}`);
      return response.blob();
    },

    /**
     * The tenant's privacy policy as the API sent it; `fetchPrivacyPolicy` checks it against the
     * schema (kept out of the first-render bundle with the guard itself).
     */
    privacyPolicy: () => json<unknown>("/privacy/policy", { cache: "no-store" }),

    /** Streams the model's answer; resolves with the token usage when the `done` event arrives. */
    async chat(body: ChatRequest, callbacks: ChatCallbacks): Promise<ChatUsage> {
      const response = await send("/llm/chat", {
        method: "POST",
        body: JSON.stringify(body),
        headers: { Accept: "text/event-stream" },
        signal: callbacks.signal,
      });
      if (!response.body) throw new ApiProblem({ status: 0, code: "network", detail: "empty stream" });
      let usage: ChatUsage | null = null;
      let failure: ApiProblem | null = null;
      await readSse(response.body, ({ event, data }) => {
        const payload = safeJson(data);
        if (event === "chunk" && typeof payload?.text === "string") callbacks.onChunk(payload.text);
        else if (event === "privacy" && payload) {
          callbacks.onPrivacy?.({ redacted: spans(payload.redacted), warnings: spans(payload.warnings) });
        } else if (event === "done") usage = (payload?.usage as ChatUsage | undefined) ?? NO_USAGE;
        else if (event === "error") {
          failure = new ApiProblem({
            status: typeof payload?.status === "number" ? payload.status : 502,
            code: typeof payload?.code === "string" ? payload.code : "model_error",
            detail: typeof payload?.detail === "string" ? payload.detail : undefined,
          });
        }
      });
      if (failure) throw failure;
      if (!usage) throw new ApiProblem({ status: 502, code: "model_error", detail: "stream ended early" });
      return usage;
    },
  };
}

const NO_USAGE: ChatUsage = { promptTokens: 0, completionTokens: 0, totalTokens: 0 };

function spans(value: unknown): ProblemSpan[] {
  return Array.isArray(value) ? (value as ProblemSpan[]).filter((s) => typeof s?.start === "number") : [];
}

function safeJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
