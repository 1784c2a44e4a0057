import { z } from "zod";
import { JobIdSchema, JobSchema } from "../jobs";

/** `GET /api/v1/jobs`: the tenant's jobs, and the caller's. */
export const JobListResponseSchema = z.object({
  jobs: z.array(JobSchema),
  /** The caller's job id, or null when not chosen yet. */
  mine: z.string().nullable(),
  /** True when the job comes from the directory (token claim): the pane then does not offer to change it. */
  fromDirectory: z.boolean(),
});
export type JobListResponse = z.infer<typeof JobListResponseSchema>;

/** `PUT /api/v1/me`: what a learner may change about themselves. */
export const MeUpdateSchema = z
  .object({
    job: JobIdSchema.nullable(),
  })
  .strict();
export type MeUpdate = z.infer<typeof MeUpdateSchema>;
