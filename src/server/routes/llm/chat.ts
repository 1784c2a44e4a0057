import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { improvementRequest, ImproveRequestSchema } from "../../../core/api/improve";
import {
  ChatRequestSchema,
  type ChatRequestBody,
  type ChatEventName,
  type ChatEvents,
  type ChatUsage,
} from "../../../core/api/llm";
import type { PrivacyPolicy } from "../../../core/privacy";
import { examplePlaceholder } from "../../../core/privacy/placeholders";
import { detectLanguage } from "../../../core/text/language";
import type { Lang } from "../../../core/types";
import { audit, PRIVACY_BLOCK_ACTION, type AuditEvent } from "../../audit";
import { ApiProblem } from "../../errors";
import { LLM_SETUP_HELP, type LlmConfig } from "../../llm/config";
import { describeFailure, StreamStalled } from "../../llm/failures";
import { buildChatMessages, sanitizeModelText } from "../../llm/messages";
import { createModelClient, type ModelClient, type ModelEvent, type ModelMessage } from "../../llm/provider";
import { screenChatRequest, summarizePositions } from "../../llm/screening";
import { databaseUsageLedger, utcDay, type UsageCounter, type UsageLedger } from "../../llm/usage";
import { principalOf, requireUser } from "../../plugins/auth";
import { requireAcceptedCharter } from "../../plugins/charter";
import { findExercise } from "../../tenants/exercises";
import { getTenantSettings } from "../../tenants/settings";

/** What the gateway depends on; each defaults to the app's own (store, config), tests may swap them. */
export interface LlmGatewayDeps {
  llm: LlmConfig;
  /** Null when no provider is configured. */
  model: ModelClient | null;
  tenantSettings(tenantId: string): Promise<GatewaySettings>;
  /** The exercise's own cap on answer tokens, if it sets one. */
  exerciseOutputCap(tenantId: string, exerciseId: string): Promise<number | undefined>;
  usage: UsageLedger;
  audit(event: AuditEvent): Promise<void>;
  now(): Date;
}

export type LlmRoutesOptions = Partial<LlmGatewayDeps>;

interface GatewaySettings {
  privacyPolicy: PrivacyPolicy;
  dailyQuota: number;
  /** "Improve with AI" calls a day (counted apart from the Runs); without it, the Run limit applies. */
  dailyImproveQuota?: number;
  dailyTokenQuota?: number;
}

/** A daily allowance of model calls: which counter, its limit, and how a refusal is worded. */
interface Allowance {
  counter: UsageCounter;
  limit(settings: GatewaySettings): number;
  code: "quota_exceeded" | "improve_quota_exceeded";
  /** What is counted, for the problem's detail. */
  calls: string;
}

const RUN_ALLOWANCE: Allowance = {
  counter: "requests",
  limit: (settings) => settings.dailyQuota,
  code: "quota_exceeded",
  calls: "model calls",
};

const IMPROVE_ALLOWANCE: Allowance = {
  counter: "improvements",
  limit: (settings) => settings.dailyImproveQuota ?? settings.dailyQuota,
  code: "improve_quota_exceeded",
  calls: "prompt improvements",
};

/** What the gateway sends: the request as screened, and for an improvement the instruction around it. */
interface ModelCall {
  body: ChatRequestBody;
  allowance: Allowance;
  /** Turns the screened prompt into what the model is asked (the improvement's instruction). */
  instruct?(screenedPrompt: string, lang: Lang): string;
}

const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  // Reverse proxies (nginx) would otherwise buffer the stream.
  "x-accel-buffering": "no",
};

function secondsUntilNextUtcDay(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
}

/** Rough token count (4 characters a token) when a provider does not report usage. */
function estimateUsage(messages: ModelMessage[], answerChars: number): ChatUsage {
  const promptTokens = Math.ceil(messages.reduce((n, m) => n + m.content.length, 0) / 4);
  const completionTokens = Math.ceil(answerChars / 4);
  return { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens };
}

function requestLang(explicit: Lang | undefined, prompt: string): Lang {
  return explicit ?? detectLanguage(prompt, "fr").lang;
}

/**
 * The model gateway: the only road from the product to a language model. Checks the caller, the
 * tenant's privacy policy (block / pseudonymise / redact / warn / allow, on every text the model
 * would see; pseudonymised values must arrive masked by the task pane) and the daily quota before any call, then streams
 * the answer as Server-Sent Events: `privacy`?, `chunk`*, then `done` (usage) or `error`.
 */
export const llmRoutes: FastifyPluginAsyncZod<LlmRoutesOptions> = async (app, options) => {
  const llm = options.llm ?? app.config.llm;
  const deps: LlmGatewayDeps = {
    llm,
    model: options.model !== undefined ? options.model : llm.configured ? createModelClient(llm) : null,
    tenantSettings: options.tenantSettings ?? ((tenantId) => getTenantSettings(app.store.db, tenantId)),
    exerciseOutputCap:
      options.exerciseOutputCap ??
      (async (tenantId, exerciseId) => (await findExercise(app, tenantId, exerciseId))?.maxOutputTokens),
    usage: options.usage ?? databaseUsageLedger(app.store.db),
    audit: options.audit ?? ((event) => audit(app.store.db, event)),
    now: options.now ?? (() => new Date()),
  };

  app.post(
    "/llm/chat",
    {
      // Signed in and current charter accepted, before the body is read or the model is called.
      preParsing: [requireUser, requireAcceptedCharter],
      schema: {
        tags: ["llm"],
        summary:
          "Run a prompt (and the document it is about) through the tenant's model; streams text/event-stream",
        body: ChatRequestSchema,
      },
    },
    async (request, reply) =>
      relayModelCall(deps, request, reply, { body: request.body, allowance: RUN_ALLOWANCE }),
  );

  app.post(
    "/llm/improve",
    {
      preParsing: [requireUser, requireAcceptedCharter],
      schema: {
        tags: ["llm"],
        summary:
          "Improve with AI: the learner's prompt rewritten for the exercise by the tenant's model, within its own daily allowance; streams text/event-stream",
        body: ImproveRequestSchema,
      },
    },
    async (request, reply) => {
      const me = principalOf(request);
      const { exerciseId, prompt, lang } = request.body;
      const exercise = await findExercise(app, me.tenantId, exerciseId);
      if (!exercise)
        throw new ApiProblem(422, "unknown_exercise", `No exercise "${exerciseId}" in this tenant`);
      return relayModelCall(deps, request, reply, {
        body: { exerciseId, prompt, ...(lang ? { lang } : {}) },
        allowance: IMPROVE_ALLOWANCE,
        instruct: (screened, callLang) => improvementRequest(screened, exercise, callLang),
      });
    },
  );
};

/**
 * One model call through the gateway: the caller's model and privacy policy, the daily allowance,
 * then the streamed answer.
 */
async function relayModelCall(
  deps: LlmGatewayDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  call: ModelCall,
): Promise<void> {
  const me = principalOf(request);
  const model = deps.model;
  if (!model) {
    const missing = deps.llm.configured ? [] : deps.llm.missing;
    throw new ApiProblem(503, "llm_not_configured", `No language model is configured. ${LLM_SETUP_HELP}`, {
      missing,
    });
  }
  const body = call.body;
  const settings = await deps.tenantSettings(me.tenantId);

  const lang = requestLang(body.lang, body.prompt);
  const screening = screenChatRequest(body, settings.privacyPolicy, lang);
  if (screening.blocked.length > 0) {
    const { types, counts } = summarizePositions(screening.blocked);
    // Only values that should have been pseudonymised: the request skipped the pane's masking.
    const unmasked = screening.blocked.every((p) => p.rule === "not_pseudonymised");
    await deps.audit({
      tenantId: me.tenantId,
      actorId: me.userId,
      action: PRIVACY_BLOCK_ACTION,
      target: body.exerciseId,
      details: {
        types,
        counts,
        positions: screening.blocked,
        ...(unmasked ? { reason: "unmasked" } : {}),
      },
    });
    request.log.info({ exerciseId: body.exerciseId, counts }, "model call blocked by the privacy policy");
    if (unmasked) {
      throw new ApiProblem(
        422,
        "personal_data_unmasked",
        `The tenant's policy says to pseudonymise these before a model sees them, and they arrived unmasked: ${types.join(", ")}. Replace each value with a placeholder such as ${examplePlaceholder("PERSON_NAME", "fr")} and keep the real values on your side.`,
        { types, positions: screening.blocked },
      );
    }
    throw new ApiProblem(
      422,
      "personal_data_blocked",
      `The request contains personal data that the tenant's policy does not let reach a model: ${types.join(", ")}`,
      { types, positions: screening.blocked },
    );
  }

  const now = deps.now();
  const key = { tenantId: me.tenantId, userId: me.userId, day: utcDay(now) };
  const allowance = call.allowance;
  const limit = allowance.limit(settings);
  if (!(await deps.usage.reserveCall(key, limit, settings.dailyTokenQuota, allowance.counter))) {
    const retryAfter = secondsUntilNextUtcDay(now);
    reply.header("retry-after", String(retryAfter));
    const used = await deps.usage.read(key);
    // Tokens are one budget for every call: once spent, it is the general quota that is reached.
    const tokens =
      settings.dailyTokenQuota !== undefined &&
      used[allowance.counter] < limit &&
      used.totalTokens >= settings.dailyTokenQuota;
    throw new ApiProblem(
      429,
      tokens ? "quota_exceeded" : allowance.code,
      tokens
        ? `The daily limit of ${settings.dailyTokenQuota} model tokens is reached; it resets at midnight UTC`
        : `The daily limit of ${limit} ${allowance.calls} is reached; it resets at midnight UTC`,
      tokens ? { limit, tokenLimit: settings.dailyTokenQuota, retryAfter } : { limit, retryAfter },
    );
  }
  // An improved prompt is not the exercise's answer: the exercise's own cap does not apply to it.
  const maxTokens =
    (call.instruct ? undefined : await deps.exerciseOutputCap(me.tenantId, body.exerciseId)) ??
    deps.llm.maxOutputTokens;

  const messages = buildChatMessages({
    prompt: call.instruct ? call.instruct(screening.prompt, lang) : screening.prompt,
    context: screening.context,
    history: screening.history,
    lang,
  });
  // Aborts the provider call when the learner goes away (closes the pane, runs again).
  const controller = new AbortController();
  reply.raw.on("close", () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  const started = performance.now();
  let events: AsyncIterable<ModelEvent>;
  try {
    events = await model.openStream(messages, controller.signal, { maxTokens });
  } catch (err) {
    // Nothing was answered: the call does not count against the quota.
    await deps.usage.releaseCall(key, allowance.counter);
    const failure = describeFailure(err, deps.llm.timeoutMs);
    // The error's name and status only: a provider's message may echo the request.
    const { name, status } = err as { name?: string; status?: number };
    request.log.warn({ model: model.label, code: failure.code, error: name, status }, "model call failed");
    if (failure.retryAfter !== undefined) reply.header("retry-after", String(failure.retryAfter));
    throw new ApiProblem(failure.status, failure.code, failure.detail, {
      ...(failure.retryAfter !== undefined ? { retryAfter: failure.retryAfter } : {}),
    });
  }

  await streamAnswer(reply, {
    events,
    controller,
    timeoutMs: deps.llm.timeoutMs,
    idleTimeoutMs: deps.llm.idleTimeoutMs,
    maxAnswerChars: deps.llm.maxAnswerChars,
    privacy:
      screening.redacted.length > 0 || screening.warnings.length > 0
        ? { redacted: screening.redacted, warnings: screening.warnings }
        : undefined,
    onFinish: async (usage, answerChars, failureCode) => {
      const counted = usage ?? estimateUsage(messages, answerChars);
      await deps.usage.addTokens(key, counted);
      request.log.info(
        {
          exerciseId: body.exerciseId,
          counter: allowance.counter,
          model: model.label,
          usage: counted,
          ms: Math.round(performance.now() - started),
          failureCode,
        },
        "model call finished",
      );
      return counted;
    },
  });
}

interface StreamInput {
  events: AsyncIterable<ModelEvent>;
  controller: AbortController;
  /** The call's overall deadline (enforced by the model client), for the error's wording. */
  timeoutMs: number;
  /** Longest silence between two pieces of the answer. */
  idleTimeoutMs: number;
  /** Characters relayed at most; the answer is cut there and `done` says `truncated`. */
  maxAnswerChars: number;
  privacy: ChatEvents["privacy"] | undefined;
  /** Records the usage (estimated when the provider gave none) and returns what was counted. */
  onFinish(usage: ChatUsage | undefined, answerChars: number, failureCode?: string): Promise<ChatUsage>;
}

/** Writes the answer as Server-Sent Events; failures after the first byte become an `error` event. */
async function streamAnswer(reply: FastifyReply, input: StreamInput): Promise<void> {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, SSE_HEADERS);
  // Typed by the core schemas the pane parses the events with.
  const send = <E extends ChatEventName>(event: E, data: ChatEvents[E]) =>
    raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  let clientGone = false;
  raw.on("close", () => {
    if (!raw.writableFinished) clientGone = true;
  });
  // The model client's deadline bounds the whole answer; this timer catches one that goes silent.
  let stalled = false;
  let timer: NodeJS.Timeout | undefined;
  const watch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      input.controller.abort();
    }, input.idleTimeoutMs);
  };

  if (input.privacy) send("privacy", input.privacy);
  let usage: ChatUsage | undefined;
  let answerChars = 0;
  let truncated = false;
  try {
    watch();
    for await (const event of input.events) {
      watch();
      if (event.kind === "usage") {
        usage = event.usage;
        continue;
      }
      let text = sanitizeModelText(event.text);
      if (text === "") continue;
      if (answerChars + text.length > input.maxAnswerChars) {
        // A provider ignoring the token cap (or a runaway answer) is not relayed past the cap.
        text = text.slice(0, input.maxAnswerChars - answerChars);
        truncated = true;
      }
      answerChars += text.length;
      if (text !== "") send("chunk", { text });
      if (truncated) break;
    }
    clearTimeout(timer);
    if (truncated) input.controller.abort();
    // The SDK ends a stream quietly when it is aborted: ours (silence) or the client leaving.
    if (stalled) throw new StreamStalled();
    if (clientGone) throw new Error("client closed the connection");
    const counted = await input.onFinish(usage, answerChars);
    send("done", truncated ? { usage: counted, truncated } : { usage: counted });
  } catch (err) {
    clearTimeout(timer);
    const failure = stalled
      ? describeFailure(new StreamStalled(), input.idleTimeoutMs)
      : describeFailure(err, input.timeoutMs);
    await input
      .onFinish(usage, answerChars, clientGone ? "client_closed" : failure.code)
      .catch(() => undefined);
    if (!clientGone) send("error", { status: failure.status, code: failure.code, detail: failure.detail });
  } finally {
    raw.end();
  }
}
