import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { AttemptRecordedSchema, AttemptSubmissionSchema } from "../../../core/api/attempts";
import { principalOf, requireUser } from "../../plugins/auth";
import { requireAcceptedCharter } from "../../plugins/charter";
import { recordAttempt } from "./record";

/** `POST /attempts`: the official score of a submitted prompt, recorded exactly once. */
export const attemptRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/attempts",
    {
      // Who may record is settled before the body is read: signed in, current charter accepted.
      preParsing: [requireUser, requireAcceptedCharter],
      // The presenter's types already guarantee the shape; re-checking it with zod on this hot path
      // costs more than the database work. The schema still documents the response in OpenAPI.
      serializerCompiler: () => (data) => JSON.stringify(data),
      schema: {
        tags: ["attempts"],
        summary: "Record an attempt (idempotent by client-chosen id); the server computes the score",
        body: AttemptSubmissionSchema,
        response: { 200: AttemptRecordedSchema, 201: AttemptRecordedSchema },
      },
    },
    async (request, reply) => {
      const { created, result } = await recordAttempt(app, principalOf(request), request.body);
      return reply.code(created ? 201 : 200).send({ attempt: result });
    },
  );
};
