import { z } from "zod";
import { ExerciseSchema, HostSchema, LangSchema, LocalizedSchema } from "../catalog/schema";
import { ContextFeaturesSchema } from "../features/schema";

/** `POST /api/v1/recommendations`: what is open (features only, never the text). */
export const RecommendationRequestSchema = z
  .object({
    host: HostSchema,
    lang: LangSchema,
    features: ContextFeaturesSchema,
    /** Exercises the user just skipped ("another one, please"). */
    exclude: z.array(z.string().min(1).max(64)).max(100).optional(),
  })
  .refine((body) => body.features.host === body.host, {
    path: ["features", "host"],
    message: "must equal host",
  });
export type RecommendationRequest = z.infer<typeof RecommendationRequestSchema>;

export const RecommendationSchema = z.object({
  exercise: ExerciseSchema,
  reasons: z.array(z.object({ code: z.string(), message: LocalizedSchema })),
  why: LocalizedSchema,
  alternatives: z.array(ExerciseSchema),
});
export type RecommendationResponse = z.infer<typeof RecommendationSchema>;
