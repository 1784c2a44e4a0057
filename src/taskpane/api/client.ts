import type { FeedbackCreate } from "../../core/api/feedback";
import type { UseCaseCreate, UseCasePatch } from "../../core/api/use-cases";
import type { Host, Lang } from "../../core/types";
import { ApiProblem, type ProblemSpan } from "./problem";
import { createTransport, firstScreenMethods, networkProblem, type ApiClientOptions } from "./transport";
import type {
  AttemptList,
  AttemptRecorded,
  AttemptSubmission,
  ChatRequest,
  ChatUsage,
  ErasureResult,
  ImproveRequest,
  ExerciseList,
  FeedbackRecorded,
  JobList,
  Me,
  ResultsReport,
  UseCaseList,
  UseCaseView,
} from "./types";
import type { RealWorkUse, RealWorkUseCreate } from "../../core/api/real-work";
import type { Bilan } from "../../core/results/bilan";
import type { PulseAnswer, PulseRecorded, PulseStatus } from "../../core/api/pulse";
import type {
  SavedPromptCreate,
  SavedPromptView,
  TeamPromptCreate,
  TeamPromptView,
} from "../../core/api/prompts";

export type { ApiClientOptions, TokenSource } from "./transport";
export interface ChatCallbacks {
  onChunk: (text: string) => void;
  /** What the API masked (redacted) or flagged before the model saw the text. */
  onPrivacy?: (event: { redacted: ProblemSpan[]; warnings: ProblemSpan[] }) => void;
  signal?: AbortSignal;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The typed client of the tenant API. Every failure is thrown as an ApiProblem. */
export function createApiClient(options: ApiClientOptions) {
  const transport = createTransport(options);
  const { send, json } = transport;

  return {
    ...firstScreenMethods(transport),

    acceptCharter: (version: string) =>
      json<Me>("/me/charter", { method: "POST", body: JSON.stringify({ version, accepted: true }) }),

    /** The tenant's exercises, for one host or all. */
    exercises: (host?: Host) =>
      json<ExerciseList>(host ? `/exercises?host=${encodeURIComponent(host)}` : "/exercises"),

    recordAttempt: (attempt: AttemptSubmission) =>
      json<AttemptRecorded>("/attempts", { method: "POST", body: JSON.stringify(attempt) }),

    attempts: (limit = 100) => json<AttemptList>(`/me/attempts?limit=${limit}`),

    /** Everything stored about me (GET /me/export), as the JSON file the charter promises. */
    async exportMyData(): Promise<Blob> {
      const response = await send("/me/export");
      return response.blob();
    },

    /** Erases me and all my data on the server (DELETE /me, idempotent); what was erased. */
    eraseMyData: () => json<ErasureResult>("/me", { method: "DELETE" }),

    /** The tenant's jobs and mine. */
    jobs: () => json<JobList>("/jobs"),

    /** Choose, change or clear (null) my job. */
    setJob: (job: string | null) => json<Me>("/me", { method: "PUT", body: JSON.stringify({ job }) }),

    /** Use cases I may see (my job's; pilot leads: every job), best ranked first. */
    useCases: (query: { job?: string; sort?: "rank" | "recent" } = {}) => {
      const search = new URLSearchParams(
        Object.entries(query).filter(([, v]) => v !== undefined && v !== "") as [string, string][],
      ).toString();
      return json<UseCaseList>(`/use-cases${search ? `?${search}` : ""}`);
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

    /** The prompts I kept, newest first, and how many I may keep. */
    savedPrompts: () => json<{ prompts: SavedPromptView[]; limit: number }>("/me/prompts"),

    /** Keep a prompt in my library (the same text again returns the one already kept). */
    savePrompt: (body: SavedPromptCreate) =>
      json<SavedPromptView>("/me/prompts", { method: "POST", body: JSON.stringify(body) }),

    deleteSavedPrompt: (id: string) =>
      json<undefined>(`/me/prompts/${encodeURIComponent(id)}`, { method: "DELETE" }),

    /** The team library: every job's published prompts, mine first. */
    teamPrompts: (query: { job?: string; host?: Host } = {}) => {
      const search = new URLSearchParams(
        Object.entries(query).filter(([, v]) => v !== undefined && v !== "") as [string, string][],
      ).toString();
      return json<{ prompts: TeamPromptView[] }>(`/prompts${search ? `?${search}` : ""}`);
    },

    /** Publish to a job's team library (pilot leads, Admins). */
    publishPrompt: (body: TeamPromptCreate) =>
      json<TeamPromptView>("/prompts", { method: "POST", body: JSON.stringify(body) }),

    unpublishPrompt: (id: string) =>
      json<undefined>(`/prompts/${encodeURIComponent(id)}`, { method: "DELETE" }),

    /** Thumbs (and an optional comment) on an exercise or on the model's answer. */
    feedback: (body: FeedbackCreate) =>
      json<FeedbackRecorded>("/feedback", { method: "POST", body: JSON.stringify(body) }),

    /** An answer went into my work (a count, never the text); idempotent by `clientId`. */
    recordRealWorkUse: (body: RealWorkUseCreate) =>
      json<RealWorkUse>("/me/real-work-uses", { method: "POST", body: JSON.stringify(body) }),

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

    /**
     * Streams the model's answer; resolves with the token usage when the `done` event arrives. Each
     * event is checked against the core schemas: a malformed one ends the stream as an ApiProblem.
     */
    chat: (body: ChatRequest, callbacks: ChatCallbacks): Promise<ChatUsage> =>
      stream("/llm/chat", body, callbacks),

    /**
     * "Improve with AI": the learner's prompt rewritten for the exercise, streamed like `chat`. It
     * counts against its own daily allowance, not the Runs.
     */
    improve: (body: ImproveRequest, callbacks: ChatCallbacks): Promise<ChatUsage> =>
      stream("/llm/improve", body, callbacks),
  };

  async function stream(path: string, body: unknown, callbacks: ChatCallbacks): Promise<ChatUsage> {
    // The event schemas and the stream reader load beside the request, out of the first-render bundle.
    // Served from the same origin as the API: a chunk that cannot load is the server out of reach.
    const events = import(/* webpackChunkName: "chat-events" */ "./chatEvents").catch((err: unknown) => {
      throw networkProblem(err);
    });
    events.catch(() => undefined); // awaited below; a failed request must not leave it unhandled
    const response = await send(path, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { Accept: "text/event-stream" },
      signal: callbacks.signal,
    });
    const stream = response.body;
    if (!stream) throw new ApiProblem({ status: 0, code: "network", detail: "empty stream" });
    const { parseChatEvent, readSse } = await events;
    let usage: ChatUsage | null = null;
    let failure: ApiProblem | null = null;
    try {
      await readSse(stream, (sse) => {
        const parsed = parseChatEvent(sse);
        if (parsed?.event === "chunk") callbacks.onChunk(parsed.data.text);
        else if (parsed?.event === "privacy") callbacks.onPrivacy?.(parsed.data);
        else if (parsed?.event === "done") usage = parsed.data.usage;
        else if (parsed?.event === "error") failure = new ApiProblem(parsed.data);
      });
    } catch (err) {
      // Stop reading what is left of an answer the pane gave up on.
      await stream.cancel().catch(() => undefined);
      throw err;
    }
    if (failure) throw failure;
    if (!usage) throw new ApiProblem({ status: 502, code: "model_error", detail: "stream ended early" });
    return usage;
  }
}
