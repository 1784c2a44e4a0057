import { execFile } from "node:child_process";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { jsonLines, runCli } from "../../support/cli";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  lines: Array<Record<string, unknown>>;
}

async function runPii(stdin: NodeJS.ReadableStream, args: string[] = []): Promise<Run> {
  const run = await runCli(["pii", ...args], {}, stdin);
  return { ...run, lines: jsonLines(run.stdout) };
}

const input = (...lines: string[]) => Readable.from([lines.join("\n")]);

describe("parcours pii", () => {
  it("writes the findings of each record, in input order", async () => {
    const run = await runPii(
      input(
        JSON.stringify({ id: "a", text: "Rappeler au 06 12 34 56 78" }),
        JSON.stringify({ id: 2, text: "Rien à signaler." }),
        JSON.stringify({ id: "c", text: "NIR 1 85 05 78 006 084 91, jean@exemple.fr" }),
      ),
    );
    expect(run.code).toBe(0);
    expect(run.lines).toEqual([
      { id: "a", findings: [{ type: "PHONE", start: 12, end: 26 }] },
      { id: 2, findings: [] },
      {
        id: "c",
        findings: [
          { type: "NIR", start: 4, end: 25 },
          { type: "EMAIL", start: 27, end: 42 },
        ],
      },
    ]);
  });

  it("counts positions in UTF-16 code units, as JavaScript does", async () => {
    const text = "👩‍⚕️ écrire à a@b.fr";
    const run = await runPii(input(JSON.stringify({ id: "u", text })));
    const [finding] = (run.lines[0]?.findings as Array<{ start: number; end: number }>) ?? [];
    expect(text.slice(finding!.start, finding!.end)).toBe("a@b.fr");
  });

  it("reports a bad line with a code and goes on with the next one", async () => {
    const run = await runPii(
      input(
        "{not json",
        JSON.stringify({ id: "no-text" }),
        JSON.stringify({ text: "sans id" }),
        "[1,2]",
        JSON.stringify({ id: { x: 1 }, text: "x" }),
        "",
        JSON.stringify({ id: "ok", text: "a@b.fr" }),
      ),
    );
    expect(run.code).toBe(0);
    expect(run.lines).toHaveLength(6);
    expect(run.lines[0]).toEqual({ error: expect.stringMatching(/^invalid_json: /) });
    expect(run.lines[1]).toEqual({ id: "no-text", error: expect.stringMatching(/^invalid_record: text/) });
    expect(run.lines[2]).toEqual({ error: expect.stringMatching(/^invalid_record: id/) });
    expect(run.lines[3]).toEqual({ error: expect.stringMatching(/^invalid_record: /) });
    expect(run.lines[4]).toEqual({ error: expect.stringMatching(/^invalid_record: id/) });
    expect(run.lines[5]).toEqual({ id: "ok", findings: [{ type: "EMAIL", start: 0, end: 6 }] });
  });

  it("reads records split across chunks, CRLF line ends and a last line without newline", async () => {
    const record = JSON.stringify({ id: "é", text: "tél 06 12 34 56 78" });
    const bytes = Buffer.from(`${record}\r\n${record}`);
    const stdin = Readable.from([bytes.subarray(0, 7), bytes.subarray(7, 30), bytes.subarray(30)]);
    const run = await runPii(stdin);
    expect(run.lines).toEqual([
      { id: "é", findings: [{ type: "PHONE", start: 4, end: 18 }] },
      { id: "é", findings: [{ type: "PHONE", start: 4, end: 18 }] },
    ]);
  });

  it("exits 1 when standard input cannot be read", async () => {
    const stdin = new PassThrough();
    const running = runPii(stdin);
    stdin.write(`${JSON.stringify({ id: 1, text: "x" })}\n`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    stdin.destroy(new Error("EIO: i/o error"));
    const run = await running;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot read standard input: EIO/);
    expect(run.lines).toEqual([{ id: 1, findings: [] }]);
  });

  it("rejects arguments", async () => {
    const run = await runPii(input(""), ["--bogus"]);
    expect(run.code).toBe(2);
  });

  it("runs as `node bin/parcours.js pii`", async () => {
    const root = path.resolve(__dirname, "../../..");
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [path.join(root, "bin/parcours.js"), "pii"],
        { cwd: root },
        (error, out) => (error ? reject(error) : resolve(out)),
      );
      child.stdin!.end(
        `${JSON.stringify({ id: "x", text: "IBAN FR76 3000 6000 0112 3456 7890 189" })}\n{oops\n`,
      );
    });
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([
      { id: "x", findings: [{ type: "IBAN", start: 5, end: 38 }] },
      { error: expect.stringMatching(/^invalid_json: /) },
    ]);
  });
});
