import path from "node:path";
import { ESLint } from "eslint";

// The project's flat config, passed as an object: Jest's module system cannot let ESLint import it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../../eslint.config.js") as ESLint.Options["overrideConfig"];

/** The project's ESLint configuration on a snippet placed at `file` (it need not exist). */
async function problems(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: path.resolve(__dirname, "../../.."),
    overrideConfigFile: true,
    overrideConfig: config,
  });
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("the lint rules that keep the layers apart", () => {
  it("refuse Office.js globals in the task pane, and allow them in the host adapters", async () => {
    const code = "export const hint = () => Office.context.diagnostics.version;\n";
    expect(await problems("src/taskpane/auth/hint.ts", code)).toEqual([
      expect.stringContaining("no-restricted-globals: Unexpected use of 'Office'"),
    ]);
    expect(await problems("src/office/hint.ts", code)).toEqual([]);
  });

  it("refuse an import of the task pane from the host adapters", async () => {
    const code = 'import { App } from "../taskpane/App";\nexport const app = App;\n';
    expect(await problems("src/office/word-extra.ts", code)).toEqual([
      expect.stringContaining("no-restricted-imports"),
    ]);
  });

  it("refuse regex lookbehind in code that runs in the pane, not elsewhere", async () => {
    const literal = "export const cue = /(?<![a-z])dob/g;\n";
    const built = 'export const cue = new RegExp("(?<=n° )\\\\d+");\n';
    const named = "export const cue = /(?<year>\\d{4})-(?<month>\\d{2})/;\n";
    for (const file of ["src/core/privacy/x.ts", "src/office/x.ts", "src/taskpane/x.ts"]) {
      expect(await problems(file, literal)).toEqual([expect.stringContaining("No regex lookbehind")]);
      expect(await problems(file, built)).toEqual([expect.stringContaining("No regex lookbehind")]);
      expect(await problems(file, named)).toEqual([]);
    }
    expect(await problems("src/server/x.ts", literal)).toEqual([]);
  });
});
