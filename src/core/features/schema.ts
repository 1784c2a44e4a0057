import { z } from "zod";
import { HOSTS, HOST_MODES, LANGS, LENGTH_BUCKETS, TEXT_KINDS, type ContextFeatures } from "../types";

/**
 * ContextFeatures as sent by the task pane (no document text, only these facts): the one schema the
 * attempts and recommendations requests share.
 */
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

// The schema and the `ContextFeatures` type the pane computes must describe the same object.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.output<typeof ContextFeaturesSchema>, ContextFeatures> = true;
void sameShape;
