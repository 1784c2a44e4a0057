import path from "node:path";

// The build configuration is CommonJS at the repository root.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(path.join(__dirname, "../../../webpack.config.js")) as (
  env: unknown,
  argv: { mode: string },
) => Promise<{
  entry: Record<string, string>;
  plugins: Array<{
    constructor: { name: string };
    patterns?: Array<{ to: string; transform?: (c: Buffer) => string }>;
  }>;
  devServer?: unknown;
}>;

async function manifestTransform(mode: string, file: string) {
  const config = await makeConfig({}, { mode });
  const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin");
  const pattern = copy?.patterns?.find((p) => p.to === file);
  if (!pattern?.transform) throw new Error(`no copy pattern for ${file}`);
  return pattern.transform;
}

describe("webpack configuration", () => {
  const saved = process.env.PARCOURS_PUBLIC_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.PARCOURS_PUBLIC_URL;
    else process.env.PARCOURS_PUBLIC_URL = saved;
  });

  it("rewrites the manifests' localhost URLs to PARCOURS_PUBLIC_URL in production builds", async () => {
    process.env.PARCOURS_PUBLIC_URL = "https://parcours.mutuelle.example/";
    const transform = await manifestTransform("production", "manifest.xml");
    expect(
      transform(Buffer.from('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>')),
    ).toBe('<SourceLocation DefaultValue="https://parcours.mutuelle.example/taskpane.html"/>');
  });

  it("keeps https://localhost:3000 in development builds", async () => {
    process.env.PARCOURS_PUBLIC_URL = "https://parcours.mutuelle.example";
    const transform = await manifestTransform("development", "manifest.json");
    expect(String(transform(Buffer.from('"https://localhost:3000/taskpane.html"')))).toContain(
      "https://localhost:3000/",
    );
  });

  it("refuses a deployment URL that is not https", async () => {
    process.env.PARCOURS_PUBLIC_URL = "http://parcours.example";
    await expect(makeConfig({}, { mode: "production" })).rejects.toThrow(
      /PARCOURS_PUBLIC_URL must be an https/,
    );
  });

  it("builds the task pane and the sign-in dialog, without a dev server outside `webpack serve`", async () => {
    const config = await makeConfig({}, { mode: "production" });
    expect(Object.keys(config.entry)).toEqual(["taskpane", "auth-dialog"]);
    expect(config.devServer).toBeUndefined();
  });
});
