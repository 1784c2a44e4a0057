import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import {
  PROMPT_LIBRARY_LIMITS,
  PromptIdParamsSchema,
  SavedPromptCreateSchema,
  SavedPromptListQuerySchema,
  SavedPromptListSchema,
  SavedPromptSchema,
  TeamPromptCreateSchema,
  TeamPromptListQuerySchema,
  TeamPromptListSchema,
  TeamPromptSchema,
} from "../../../core/api/prompts";
import { HOSTS, type Host } from "../../../core/types";
import { audit } from "../../audit";
import { refusePersonalData } from "../../colleague-texts";
import { ApiProblem } from "../../errors";
import { principalAllowed, principalOf, requireUser } from "../../plugins/auth";
import { getTenantSettings } from "../../tenants/settings";
import { jobOf, lockUser } from "../../tenants/users";
import { presentSavedPrompt, presentTeamPrompt } from "./presenters";

/**
 * The prompt library. `/me/prompts`: the prompts a learner keeps for reuse (theirs alone). `/prompts`:
 * the team library the whole tenant reads, which pilot leads and Admins fill per job from the best
 * prompts and from use cases. Every text passes the privacy guard; publishing is audited without text.
 */
export const promptLibraryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("preParsing", requireUser);
  const db = app.store.db;

  app.get(
    "/me/prompts",
    {
      schema: {
        tags: ["me"],
        summary: "My saved prompts, newest first",
        querystring: SavedPromptListQuerySchema,
        response: { 200: SavedPromptListSchema },
      },
    },
    async (request) => {
      const me = principalOf(request);
      let query = db
        .selectFrom("saved_prompts")
        .selectAll()
        .where("tenant_id", "=", me.tenantId)
        .where("user_id", "=", me.userId);
      if (request.query.host) query = query.where("host", "=", request.query.host);
      const rows = await query.orderBy("created_at", "desc").orderBy("id").execute();
      return { prompts: rows.map(presentSavedPrompt), limit: PROMPT_LIBRARY_LIMITS.savedPerLearner };
    },
  );

  app.post(
    "/me/prompts",
    {
      schema: {
        tags: ["me"],
        summary:
          "Keep a prompt in my library (saving the same text again returns the prompt already kept, 200)",
        body: SavedPromptCreateSchema,
        response: { 200: SavedPromptSchema, 201: SavedPromptSchema },
      },
    },
    async (request, reply) => {
      const me = principalOf(request);
      const body = request.body;
      await refusePersonalData(db, me, "saved_prompt", { name: body.name, text: body.text });
      const outcome = await db.transaction().execute(async (trx) => {
        // One user's saves run one after the other, so the limit holds under concurrent requests.
        await lockUser(trx, me, app.store.dialect);
        const existing = await trx
          .selectFrom("saved_prompts")
          .selectAll()
          .where("tenant_id", "=", me.tenantId)
          .where("user_id", "=", me.userId)
          .where("text", "=", body.text)
          .executeTakeFirst();
        if (existing) return { created: false, row: existing };
        const { count } = await trx
          .selectFrom("saved_prompts")
          .select((eb) => eb.fn.countAll<string | number>().as("count"))
          .where("tenant_id", "=", me.tenantId)
          .where("user_id", "=", me.userId)
          .executeTakeFirstOrThrow();
        if (Number(count) >= PROMPT_LIBRARY_LIMITS.savedPerLearner)
          throw new ApiProblem(
            409,
            "prompt_library_full",
            `Your library holds ${PROMPT_LIBRARY_LIMITS.savedPerLearner} prompts; delete one to save another`,
            { limit: PROMPT_LIBRARY_LIMITS.savedPerLearner },
          );
        const row = {
          tenant_id: me.tenantId,
          id: randomUUID(),
          user_id: me.userId,
          name: body.name,
          text: body.text,
          host: body.host,
          exercise_id: body.exerciseId ?? null,
          source: body.source,
          created_at: new Date().toISOString(),
        };
        await trx.insertInto("saved_prompts").values(row).execute();
        return { created: true, row };
      });
      return reply.code(outcome.created ? 201 : 200).send(presentSavedPrompt(outcome.row));
    },
  );

  app.delete(
    "/me/prompts/:id",
    {
      schema: {
        tags: ["me"],
        summary: "Delete one of my saved prompts",
        params: PromptIdParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const me = principalOf(request);
      const deleted = await db
        .deleteFrom("saved_prompts")
        .where("tenant_id", "=", me.tenantId)
        .where("user_id", "=", me.userId)
        .where("id", "=", request.params.id)
        .executeTakeFirst();
      if (Number(deleted.numDeletedRows) === 0)
        throw new ApiProblem(404, "not_found", "No such prompt in your library");
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/prompts",
    {
      schema: {
        tags: ["prompts"],
        summary: "The team library: prompts published for the tenant's jobs, my job's first",
        querystring: TeamPromptListQuerySchema,
        response: { 200: TeamPromptListSchema },
      },
    },
    async (request) => {
      const me = principalOf(request);
      const { job, host } = request.query;
      const myJob = await jobOf(db, me);
      let query = db.selectFrom("team_prompts").selectAll().where("tenant_id", "=", me.tenantId);
      if (job) query = query.where("job", "=", job);
      if (host) query = query.where("host", "=", host);
      const rows = await query
        .orderBy(sql`case when job = ${myJob ?? ""} then 0 else 1 end`)
        .orderBy("job")
        .orderBy("created_at", "desc")
        .orderBy("id")
        .execute();
      return { prompts: rows.map((r) => presentTeamPrompt(r, myJob)) };
    },
  );

  app.post(
    "/prompts",
    {
      schema: {
        tags: ["prompts"],
        summary:
          "Publish a prompt to a job's team library, from a text or from a use case's prompt (PilotLead, Admin)",
        body: TeamPromptCreateSchema,
        response: { 200: TeamPromptSchema, 201: TeamPromptSchema },
      },
    },
    async (request, reply) => {
      const me = principalAllowed(request, "library.publish");
      const body = request.body;
      const settings = await getTenantSettings(db, me.tenantId);
      if (!settings.jobs.some((j) => j.id === body.job))
        throw new ApiProblem(422, "unknown_job", `The tenant has no job "${body.job}"`, {
          jobs: settings.jobs.map((j) => j.id),
        });
      let name = body.name;
      let text = body.text;
      let host: Host | undefined = body.host;
      let exerciseId = body.exerciseId ?? null;
      if (body.useCaseId !== undefined) {
        const useCase = await db
          .selectFrom("use_cases")
          .select(["title", "prompt", "host", "source_exercise_id"])
          .where("tenant_id", "=", me.tenantId)
          .where("id", "=", body.useCaseId)
          .executeTakeFirst();
        if (!useCase) throw new ApiProblem(404, "not_found", "No such use case");
        if (!useCase.prompt)
          throw new ApiProblem(422, "use_case_without_prompt", "This use case has no prompt to publish");
        name ??= useCase.title;
        text = useCase.prompt;
        host ??= (HOSTS as readonly string[]).includes(useCase.host) ? (useCase.host as Host) : undefined;
        if (body.exerciseId === undefined) exerciseId = useCase.source_exercise_id;
      }
      if (host === undefined)
        throw new ApiProblem(422, "host_required", "Name the application this prompt is for");
      if (name === undefined || text === undefined)
        throw new ApiProblem(422, "invalid_body", "A prompt needs a name and a text");
      // Texts published from a use case passed the guard when recorded; the guard has since grown.
      await refusePersonalData(db, me, "team_prompt", { name, text });
      const outcome = await db.transaction().execute(async (trx) => {
        await lockUser(trx, me, app.store.dialect);
        const existing = await trx
          .selectFrom("team_prompts")
          .selectAll()
          .where("tenant_id", "=", me.tenantId)
          .where("job", "=", body.job)
          .where("text", "=", text)
          .executeTakeFirst();
        if (existing) return { created: false, row: existing };
        const { count } = await trx
          .selectFrom("team_prompts")
          .select((eb) => eb.fn.countAll<string | number>().as("count"))
          .where("tenant_id", "=", me.tenantId)
          .where("job", "=", body.job)
          .executeTakeFirstOrThrow();
        if (Number(count) >= PROMPT_LIBRARY_LIMITS.publishedPerJob)
          throw new ApiProblem(
            409,
            "team_library_full",
            `The team library of this job holds ${PROMPT_LIBRARY_LIMITS.publishedPerJob} prompts; take one down first`,
            { limit: PROMPT_LIBRARY_LIMITS.publishedPerJob },
          );
        const row = {
          tenant_id: me.tenantId,
          id: randomUUID(),
          job: body.job,
          host,
          name,
          text,
          exercise_id: exerciseId,
          source: body.useCaseId !== undefined ? ("use_case" as const) : ("prompt" as const),
          use_case_id: body.useCaseId ?? null,
          published_by: me.userId,
          created_at: new Date().toISOString(),
        };
        await trx.insertInto("team_prompts").values(row).execute();
        await audit(trx, {
          tenantId: me.tenantId,
          actorId: me.userId,
          action: "prompt_library.publish",
          target: row.id,
          details: {
            job: row.job,
            host: row.host,
            source: row.source,
            ...(row.use_case_id ? { useCaseId: row.use_case_id } : {}),
          },
        });
        return { created: true, row };
      });
      return reply
        .code(outcome.created ? 201 : 200)
        .send(presentTeamPrompt(outcome.row, await jobOf(db, me)));
    },
  );

  app.delete(
    "/prompts/:id",
    {
      schema: {
        tags: ["prompts"],
        summary: "Take a prompt out of the team library (PilotLead, Admin)",
        params: PromptIdParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const me = principalAllowed(request, "library.publish");
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom("team_prompts")
          .select(["id", "job", "host"])
          .where("tenant_id", "=", me.tenantId)
          .where("id", "=", request.params.id)
          .executeTakeFirst();
        if (!row) throw new ApiProblem(404, "not_found", "No such prompt in the team library");
        await trx
          .deleteFrom("team_prompts")
          .where("tenant_id", "=", me.tenantId)
          .where("id", "=", row.id)
          .execute();
        await audit(trx, {
          tenantId: me.tenantId,
          actorId: me.userId,
          action: "prompt_library.unpublish",
          target: row.id,
          details: { job: row.job, host: row.host },
        });
      });
      return reply.code(204).send(null);
    },
  );
};
