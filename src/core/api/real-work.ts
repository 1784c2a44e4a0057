import { z } from "zod";
import { REAL_WORK_KINDS } from "../realwork/kinds";
import { HOSTS } from "../types";

/**
 * `POST /api/v1/me/real-work-uses`: the pane reports that a model's answer went into the learner's work
 * (inserted, replied with, written into a sheet, copied). A count with its kind — never the text.
 * `clientId` is chosen by the pane: a retried report is recorded once.
 */
export const RealWorkUseCreateSchema = z
  .object({
    clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "8 to 64 letters, digits, - or _"),
    kind: z.enum(REAL_WORK_KINDS),
    host: z.enum(HOSTS),
    exerciseId: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{2,63}$/)
      .optional(),
  })
  .strict();
export type RealWorkUseCreate = z.infer<typeof RealWorkUseCreateSchema>;

export const RealWorkUseSchema = z.object({
  id: z.uuid(),
  clientId: z.string(),
  kind: z.enum(REAL_WORK_KINDS),
  host: z.enum(HOSTS),
  exerciseId: z.string().nullable(),
  occurredAt: z.string(),
});
export type RealWorkUse = z.infer<typeof RealWorkUseSchema>;
