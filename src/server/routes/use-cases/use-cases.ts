import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  STATUS_MOVES,
  UseCaseCreateSchema,
  UseCaseIdParamsSchema,
  UseCaseListQuerySchema,
  UseCaseListSchema,
  UseCasePatchSchema,
  UseCaseSchema,
  UseCaseVoteSchema,
  ExerciseDraftListSchema,
  type UseCaseStatus,
} from "../../../core/api/use-cases";
import type { Principal } from "../../auth/roles";
import { audit } from "../../audit";
import { ApiProblem } from "../../errors";
import { can } from "../../../core/auth/policy";
import { principalAllowed, principalOf, requireUser } from "../../plugins/auth";
import { refusePersonalData } from "../../colleague-texts";
import type { UseCasesTable } from "../../store/schema";
import { getTenantSettings } from "../../tenants/settings";
import { ensureUser, jobOf } from "../../tenants/users";
import { presentUseCase } from "./presenters";
import { createExerciseDraft } from "./promote";
import { listUseCases } from "./queries";

const tags = ["use-cases"];

function isLead(me: Principal): boolean {
  return can(me, "useCases.review");
}

/**
 * "I used AI for this": use cases staff record, colleagues of the same job see and vote for
 * ("I do this too"), pilot leads rank, review, set aside or promote to a draft exercise.
 * Learners see their job's use cases and their own; pilot leads and Admins see every job.
 */
export const useCaseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("preParsing", requireUser);
  const db = app.store.db;

  /** One use case as the caller may see it, or 404 (another tenant's, or another job's for a learner). */
  async function visible(me: Principal, id: string) {
    const job = isLead(me) ? undefined : await jobOf(db, me);
    const [row] = await listUseCases(db, {
      tenantId: me.tenantId,
      viewerId: me.userId,
      id,
      ...(isLead(me) ? {} : { jobs: job === null || job === undefined ? [] : [job] }),
      includeOwn: true,
      sort: "recent",
      limit: 1,
    });
    if (!row) throw new ApiProblem(404, "not_found", "No such use case");
    return row;
  }

  async function present(me: Principal, id: string) {
    const [row, settings] = await Promise.all([visible(me, id), getTenantSettings(db, me.tenantId)]);
    return presentUseCase(row, me.userId, settings.useCaseAuthorsShown);
  }

  app.get(
    "/use-cases",
    {
      schema: {
        tags,
        summary: "Use cases of my job (pilot leads and Admins: every job), ranked by minutes saved a month",
        querystring: UseCaseListQuerySchema,
        response: { 200: UseCaseListSchema },
      },
    },
    async (request) => {
      const me = principalOf(request);
      const { job, status, sort, limit } = request.query;
      const settings = await getTenantSettings(db, me.tenantId);
      let jobs: string[] | undefined;
      if (isLead(me)) jobs = job === undefined ? undefined : [job];
      else {
        const mine = await jobOf(db, me);
        if (job !== undefined && job !== mine)
          throw new ApiProblem(403, "forbidden", "Learners see the use cases of their own job");
        jobs = mine === null ? [] : [mine];
      }
      const rows = await listUseCases(db, {
        tenantId: me.tenantId,
        viewerId: me.userId,
        ...(jobs !== undefined ? { jobs } : {}),
        includeOwn: !isLead(me) || job === undefined,
        ...(status !== undefined ? { status } : {}),
        sort,
        limit,
      });
      return { useCases: rows.map((r) => presentUseCase(r, me.userId, settings.useCaseAuthorsShown)) };
    },
  );

  app.post(
    "/use-cases",
    {
      schema: {
        tags,
        summary: "Record a use case: I used AI for this",
        body: UseCaseCreateSchema,
        response: { 201: UseCaseSchema },
      },
    },
    async (request, reply) => {
      const me = principalOf(request);
      await ensureUser(db, me);
      const body = request.body;
      const settings = await getTenantSettings(db, me.tenantId);
      const job = body.job ?? (await jobOf(db, me));
      if (job === null) throw new ApiProblem(422, "job_required", "Choose your job first, or name the job");
      if (!settings.jobs.some((j) => j.id === job))
        throw new ApiProblem(422, "unknown_job", `The tenant has no job "${job}"`, {
          jobs: settings.jobs.map((j) => j.id),
        });
      await refusePersonalData(db, me, "use_case", {
        title: body.title,
        task: body.task,
        riskText: body.riskText,
        prompt: body.prompt,
      });
      const now = new Date().toISOString();
      const id = randomUUID();
      await db
        .insertInto("use_cases")
        .values({
          tenant_id: me.tenantId,
          id,
          author_id: me.userId,
          job,
          host: body.host,
          lang: body.lang,
          title: body.title,
          task: body.task,
          frequency: body.frequency,
          minutes_saved: body.minutesSaved,
          data_involved: body.dataInvolved,
          risk_tags: JSON.stringify(body.riskTags),
          risk_text: body.riskText ?? null,
          prompt: body.prompt ?? null,
          status: "proposed",
          status_reason: null,
          exercise_id: null,
          source_exercise_id: body.sourceExerciseId ?? null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      return reply.code(201).send(await present(me, id));
    },
  );

  app.patch(
    "/use-cases/:id",
    {
      schema: {
        tags,
        summary:
          "Edit my use case; pilot leads and Admins move its status (set aside with a reason; promote to a draft exercise)",
        params: UseCaseIdParamsSchema,
        body: UseCasePatchSchema,
        response: { 200: UseCaseSchema },
      },
    },
    async (request) => {
      const me = principalOf(request);
      const current = await visible(me, request.params.id);
      const { status, statusReason, ...content } = request.body;
      const editsContent = Object.keys(content).length > 0;
      if (editsContent && current.author_id !== me.userId && !can(me, "tenant.administer"))
        throw new ApiProblem(403, "forbidden", "Only the author or an Admin edits a use case");
      if (editsContent && current.status === "promoted")
        throw new ApiProblem(
          409,
          "use_case_promoted",
          "A promoted use case is now a draft exercise; edit that",
        );
      if ((status !== undefined || statusReason !== undefined) && !isLead(me))
        throw new ApiProblem(403, "forbidden", "One of these roles is required: PilotLead, Admin");
      const from = current.status as UseCaseStatus;
      if (status !== undefined && status !== from && !STATUS_MOVES[from].includes(status))
        throw new ApiProblem(409, "invalid_status_move", `A use case cannot go from ${from} to ${status}`, {
          from,
          to: status,
          allowed: STATUS_MOVES[from],
        });
      await refusePersonalData(db, me, "use_case", {
        title: content.title,
        task: content.task,
        riskText: content.riskText,
        prompt: content.prompt,
        statusReason,
      });
      const now = new Date().toISOString();
      const changes: Partial<UseCasesTable> = { updated_at: now };
      if (content.title !== undefined) changes.title = content.title;
      if (content.task !== undefined) changes.task = content.task;
      if (content.host !== undefined) changes.host = content.host;
      if (content.frequency !== undefined) changes.frequency = content.frequency;
      if (content.minutesSaved !== undefined) changes.minutes_saved = content.minutesSaved;
      if (content.dataInvolved !== undefined) changes.data_involved = content.dataInvolved;
      if (content.riskTags !== undefined) changes.risk_tags = JSON.stringify(content.riskTags);
      if (content.riskText !== undefined) changes.risk_text = content.riskText;
      if (content.prompt !== undefined) changes.prompt = content.prompt;
      if (status !== undefined) {
        changes.status = status;
        // A reason belongs to this move; moving on without one clears the previous reason.
        changes.status_reason = statusReason ?? null;
      } else if (statusReason !== undefined) changes.status_reason = statusReason;
      await db.transaction().execute(async (trx) => {
        if (status === "promoted" && from !== "promoted") {
          const { votes, worked_yes, worked_no, my_vote, my_worked, author_name, rank, ...row } = current;
          void [votes, worked_yes, worked_no, my_vote, my_worked, author_name, rank];
          changes.exercise_id = await createExerciseDraft(trx, { ...row, ...changes }, me.userId, now);
        }
        await trx
          .updateTable("use_cases")
          .set(changes)
          .where("tenant_id", "=", me.tenantId)
          .where("id", "=", current.id)
          .execute();
        if (status !== undefined && status !== from) {
          await audit(trx, {
            tenantId: me.tenantId,
            actorId: me.userId,
            action: "use_case.status",
            target: current.id,
            details: {
              from,
              to: status,
              ...(changes.exercise_id ? { exerciseId: changes.exercise_id } : {}),
            },
          });
        }
      });
      return present(me, current.id);
    },
  );

  app.delete(
    "/use-cases/:id",
    {
      schema: {
        tags,
        summary: "Delete my use case (its votes go with it)",
        params: UseCaseIdParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const me = principalOf(request);
      const current = await visible(me, request.params.id);
      if (current.author_id !== me.userId && !can(me, "tenant.administer"))
        throw new ApiProblem(403, "forbidden", "Only the author or an Admin deletes a use case");
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom("use_case_votes")
          .where("tenant_id", "=", me.tenantId)
          .where("use_case_id", "=", current.id)
          .execute();
        await trx
          .deleteFrom("use_cases")
          .where("tenant_id", "=", me.tenantId)
          .where("id", "=", current.id)
          .execute();
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/use-cases/:id/votes",
    {
      schema: {
        tags,
        summary: "I do this too (and whether it worked for me); voting again updates my vote",
        params: UseCaseIdParamsSchema,
        body: UseCaseVoteSchema,
        response: { 200: UseCaseSchema },
      },
    },
    async (request) => {
      const me = principalOf(request);
      await ensureUser(db, me);
      const current = await visible(me, request.params.id);
      if (current.author_id === me.userId)
        throw new ApiProblem(409, "own_use_case", "Your own use case already counts you");
      const now = new Date().toISOString();
      const worked = request.body.worked === null ? null : request.body.worked ? 1 : 0;
      await db
        .insertInto("use_case_votes")
        .values({
          tenant_id: me.tenantId,
          use_case_id: current.id,
          user_id: me.userId,
          worked,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc.columns(["tenant_id", "use_case_id", "user_id"]).doUpdateSet({ worked, updated_at: now }),
        )
        .execute();
      return present(me, current.id);
    },
  );

  app.delete(
    "/use-cases/:id/votes",
    {
      schema: {
        tags,
        summary: "Withdraw my “I do this too”",
        params: UseCaseIdParamsSchema,
        response: { 200: UseCaseSchema },
      },
    },
    async (request) => {
      const me = principalOf(request);
      const current = await visible(me, request.params.id);
      await db
        .deleteFrom("use_case_votes")
        .where("tenant_id", "=", me.tenantId)
        .where("use_case_id", "=", current.id)
        .where("user_id", "=", me.userId)
        .execute();
      return present(me, current.id);
    },
  );

  app.get(
    "/admin/exercise-drafts",
    {
      schema: {
        tags: ["admin"],
        summary:
          "Exercises drafted from promoted use cases, to finish and publish with PUT /admin/exercises/{id}",
        response: { 200: ExerciseDraftListSchema },
      },
    },
    async (request) => {
      const me = principalAllowed(request, "tenant.administer");
      const rows = await db
        .selectFrom("exercise_drafts")
        .selectAll()
        .where("tenant_id", "=", me.tenantId)
        .orderBy("created_at", "desc")
        .execute();
      return {
        drafts: rows.map((r) => ({
          exerciseId: r.exercise_id,
          useCaseId: r.use_case_id,
          definition: JSON.parse(r.definition) as Record<string, unknown>,
          createdBy: r.created_by,
          createdAt: r.created_at,
        })),
      };
    },
  );
};
