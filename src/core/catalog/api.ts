import { z } from "zod";
import { ExerciseSchema, HostSchema, LangSchema } from "./schema";

/** `GET /api/v1/exercises?host=&lang=`: every exercise carries both languages; `lang` is the pane's. */
export const ExerciseListQuerySchema = z.object({
  host: HostSchema.optional(),
  lang: LangSchema.optional(),
});
export type ExerciseListQuery = z.infer<typeof ExerciseListQuerySchema>;

export const ExerciseListSchema = z.object({
  exercises: z.array(ExerciseSchema),
});
export type ExerciseList = z.infer<typeof ExerciseListSchema>;
