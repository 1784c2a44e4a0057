import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  PulseAnswerSchema,
  PulseRecordedSchema,
  PulseStatusSchema,
  type AiUse,
} from "../../../core/api/pulse";
import { principalOf } from "../../plugins/auth";
import { pulseDue } from "../../stages/pulse";
import { ensureUser } from "../../tenants/users";

const tags = ["me"];

/** The learner's confidence pulse: two questions at onboarding and at the end of each stage. */
export const pulseRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;

  app.get(
    "/me/pulse",
    {
      schema: {
        tags,
        summary: "Whether the confidence pulse is due now, and my latest answer",
        response: { 200: PulseStatusSchema },
      },
    },
    async (request) => {
      const me = principalOf(request);
      return pulseDue(db, me.tenantId, me.userId, new Date());
    },
  );

  app.post(
    "/me/pulse",
    {
      schema: {
        tags,
        summary: "Answer the confidence pulse",
        body: PulseAnswerSchema,
        response: { 201: PulseRecordedSchema },
      },
    },
    async (request, reply) => {
      const me = principalOf(request);
      await ensureUser(db, me);
      const row = {
        tenant_id: me.tenantId,
        id: randomUUID(),
        user_id: me.userId,
        confidence: request.body.confidence,
        ai_use: request.body.aiUse,
        answered_at: new Date().toISOString(),
      };
      await db.insertInto("pulses").values(row).execute();
      return reply.code(201).send({
        id: row.id,
        confidence: row.confidence,
        aiUse: row.ai_use as AiUse,
        answeredAt: row.answered_at,
      });
    },
  );
};
