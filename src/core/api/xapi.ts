import { z } from "zod";

/** `GET /api/v1/xapi/statements` — oldest first; pass `more` back as `cursor`. */
export const XapiStatementsQuerySchema = z.object({
  since: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, "not a cursor from this API")
    .optional(),
});

/** An xAPI 1.0.3 statement; kept loose here, built in one place on the server. */
export const XapiStatementSchema = z
  .object({
    id: z.string(),
    actor: z.record(z.string(), z.unknown()),
    verb: z.object({ id: z.string(), display: z.record(z.string(), z.string()) }),
    object: z.record(z.string(), z.unknown()),
    timestamp: z.string(),
  })
  .catchall(z.unknown());
export type XapiStatement = z.infer<typeof XapiStatementSchema>;

export const XapiStatementsSchema = z.object({
  statements: z.array(XapiStatementSchema),
  more: z.string().nullable(),
});
