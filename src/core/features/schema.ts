import { z } from "zod";
import { HOSTS, HOST_MODES, LANGS, LENGTH_BUCKETS, TEXT_KINDS } from "../types";

/** ContextFeatures as sent by the task pane (no document text, only these facts). */
export const ContextFeaturesSchema = z.object({
  host: z.enum(HOSTS),
  mode: z.enum(HOST_MODES),
  lang: z.enum(LANGS),
  lengthBucket: z.enum(LENGTH_BUCKETS),
  wordCount: z.number().int().nonnegative().max(10_000_000),
  kind: z.enum(TEXT_KINDS),
  hasFigures: z.boolean(),
  hasDates: z.boolean(),
  hasNames: z.boolean(),
  hasTable: z.boolean(),
  isSelection: z.boolean(),
  threadDepth: z.number().int().nonnegative().max(1000),
  formality: z.enum(["formal", "neutral", "informal"]),
});
