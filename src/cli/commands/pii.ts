import { z } from "zod";
import { parseCommandArgs, type CliIO, type Command } from "../command";
import { detectPersonalData } from "../../core/privacy";

const USAGE = `Usage: parcours pii < records.jsonl

Finds personal data with the privacy guard. Reads JSON Lines on standard input, one record per line:
  {"id": "a1", "text": "Rappeler Mme X au 06 12 34 56 78"}
and writes one line per record, in the same order:
  {"id":"a1","findings":[{"type":"PHONE","start":18,"end":32}]}

Types: NIR, IBAN, PAYMENT_CARD, PHONE, EMAIL, DATE_OF_BIRTH, HEALTH_TERM. start/end are string
indices as JavaScript counts them (UTF-16 code units), end exclusive. Values are never printed.
A line that is not a valid record gets {"id"?, "error": "<code>: <message>"} and the next line is
read; codes: invalid_json, invalid_record. Blank lines are skipped.
Exit status: 0 once all of standard input is read, 1 if it cannot be read.
`;

const RecordSchema = z.object({
  id: z.union([z.string(), z.number()], { error: "id is required: a string or a number" }),
  text: z.string({ error: "text is required: a string" }),
});

type Outcome = Record<string, unknown>;

/** One input line → one output object; never throws. */
export function scanRecordLine(line: string): Outcome {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { error: `invalid_json: ${(err as Error).message}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { error: "invalid_record: a record is a JSON object with id and text" };
  }
  const parsed = RecordSchema.safeParse(value);
  if (!parsed.success) {
    const rawId = (value as { id?: unknown }).id;
    const id = typeof rawId === "string" || typeof rawId === "number" ? { id: rawId } : {};
    return { ...id, error: `invalid_record: ${parsed.error.issues.map((i) => i.message).join("; ")}` };
  }
  const findings = detectPersonalData(parsed.data.text).map(({ type, start, end }) => ({ type, start, end }));
  return { id: parsed.data.id, findings };
}

export const piiCommand: Command = {
  name: "pii",
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    parseCommandArgs(args, {});
    const decoder = new TextDecoder("utf-8");
    let pending = "";
    const emit = (line: string) => {
      const record = line.endsWith("\r") ? line.slice(0, -1) : line;
      if (record.trim() === "") return;
      io.stdout.write(`${JSON.stringify(scanRecordLine(record))}\n`);
    };
    try {
      for await (const chunk of io.stdin) {
        pending += typeof chunk === "string" ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
        let newline = pending.indexOf("\n");
        while (newline >= 0) {
          emit(pending.slice(0, newline));
          pending = pending.slice(newline + 1);
          newline = pending.indexOf("\n");
        }
      }
    } catch (err) {
      io.stderr.write(`parcours pii: cannot read standard input: ${(err as Error).message}\n`);
      return 1;
    }
    emit(pending + decoder.decode());
    return 0;
  },
};
