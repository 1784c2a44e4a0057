import { createInterface } from "node:readline";
import { z } from "zod";
import type { Exercise } from "../../core/catalog/schema";
import { criterionScores, scorePrompt } from "../../core/scorer";
import { LANGS } from "../../core/types";
import { loadCatalog } from "../../server/catalog/load";
import { DEFAULT_CHARTER } from "../../server/tenants/settings";
import { parseCommandArgs, type CliIO, type Command } from "../command";

/** Prompts longer than this are refused per line (the task pane never sends more). */
const MAX_PROMPT_CHARS = 200_000;

const ScoreLineSchema = z.object({
  id: z.string().min(1),
  prompt: z.string().max(MAX_PROMPT_CHARS),
  lang: z.enum(LANGS).optional(),
  exerciseId: z.string().min(1).optional(),
});

type Catalog = Map<string, Exercise>;

/** One output line: a score, or an error with a stable code (`invalid_json`, `invalid_line`, …). */
export type ScoreLineResult =
  | { id: string; score: number; criteria: Record<string, number>; improvement: string | null }
  | { id?: string; error: string };

const usage = `Usage: parcours score [--tenant <dir>]

Scores prompts read as JSON Lines on stdin, one object per line:
  {"id": "a1", "prompt": "Résume ce courriel en 3 puces.", "lang": "fr", "exerciseId": "…"}
("lang" and "exerciseId" are optional). Writes one JSON line per input line, in order:
  {"id": "a1", "score": 52, "criteria": {"goal": 3, …, "safety": 3}, "improvement": "…"}
"improvement" is the one thing to improve, in the prompt's language, or null.
A bad line gives {"id"?: …, "error": "<code>: <message>"} and the next lines are still scored.
Error codes: invalid_json, invalid_line, unknown_exercise, catalog_unavailable.
Blank lines are skipped. Exit code 0 unless stdin cannot be read.

Options:
  --tenant <dir>   also load the exercises of this tenant content folder (default: CONTENT_DIR)
`;

export const scoreCommand: Command = {
  name: "score",
  usage,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values } = parseCommandArgs(args, { tenant: { type: "string" } });
    const tenantDir = values.tenant ?? io.env.CONTENT_DIR;
    let catalog: Promise<Catalog> | undefined;
    // The catalog is read only when a line names an exercise, and at most once.
    const exercises = (): Promise<Catalog> => {
      catalog ??= loadCatalog(tenantDir === undefined ? {} : { tenantDir }).then((loaded) => loaded.byId);
      return catalog;
    };

    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    try {
      for await (const line of lines) {
        if (line.trim().length === 0) continue;
        const result = await scoreLine(line, exercises);
        io.stdout.write(`${JSON.stringify(result)}\n`);
      }
    } catch (err) {
      io.stderr.write(`parcours score: cannot read stdin: ${(err as Error).message}\n`);
      return 1;
    }
    return 0;
  },
};

/** Scores one JSON line; never throws. */
export async function scoreLine(line: string, exercises: () => Promise<Catalog>): Promise<ScoreLineResult> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return { error: `invalid_json: ${(err as Error).message}` };
  }
  const id =
    typeof raw === "object" && raw !== null && typeof (raw as { id?: unknown }).id === "string"
      ? (raw as { id: string }).id
      : undefined;
  const withId = (error: string): ScoreLineResult => (id === undefined ? { error } : { id, error });

  const parsed = ScoreLineSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    return withId(`invalid_line: ${where}${issue?.message ?? "expected an object"}`);
  }
  const input = parsed.data;

  let exercise: Exercise | undefined;
  if (input.exerciseId !== undefined) {
    let byId: Catalog;
    try {
      byId = await exercises();
    } catch (err) {
      return withId(`catalog_unavailable: ${(err as Error).message}`);
    }
    exercise = byId.get(input.exerciseId);
    if (!exercise) return withId(`unknown_exercise: no exercise with id "${input.exerciseId}"`);
  }

  const result = scorePrompt(input.prompt, {
    // A harmful prompt's coaching quotes the charter the product ships with.
    charter: DEFAULT_CHARTER,
    ...(input.lang ? { lang: input.lang } : {}),
    ...(exercise ? { exercise } : {}),
  });
  return {
    id: input.id,
    score: result.score,
    criteria: criterionScores(result),
    improvement: result.improvement ? result.improvement.message[result.lang] : null,
  };
}
