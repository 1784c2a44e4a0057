import { readFileSync } from "node:fs";
import path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const manifests = require("../../../scripts/manifests") as {
  validateXmlManifest(text: string, type?: string): string[];
  validateUnifiedManifest(manifest: unknown): Promise<string[]>;
  rewriteManifest(text: string, publicUrl: string): string;
  validateAll(dir?: string): Promise<{ file: string; errors: string[] }[]>;
};

const root = path.resolve(__dirname, "../../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const wordExcel = read("manifest.xml");
const outlook = read("manifest.outlook.xml");
const unified = JSON.parse(read("manifest.json")) as Record<string, unknown>;

describe("add-in manifests", () => {
  it("all three shipped manifests pass the offline checks", async () => {
    const results = await manifests.validateAll(root);
    expect(results.map((r) => r.file).sort()).toEqual([
      "manifest.json",
      "manifest.outlook.xml",
      "manifest.xml",
    ]);
    for (const r of results) expect(r).toEqual({ file: r.file, errors: [] });
  });

  it("declares Word and Excel hosts with a ribbon button, and Outlook read and compose surfaces", () => {
    expect(wordExcel).toContain('<Host Name="Document"/>');
    expect(wordExcel).toContain('<Host Name="Workbook"/>');
    expect(wordExcel).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(outlook).toContain('xsi:type="MessageReadCommandSurface"');
    expect(outlook).toContain('xsi:type="MessageComposeCommandSurface"');
  });

  it("rejects a non-GUID Id, an http URL and a dangling resid", () => {
    const broken = wordExcel
      .replace(/<Id>[^<]+<\/Id>/, "<Id>parcours</Id>")
      .replace('<IconUrl DefaultValue="https://', '<IconUrl DefaultValue="http://')
      .replace('resid="Parcours.Group.Label"', 'resid="Parcours.Missing"');
    const errors = manifests.validateXmlManifest(broken, "TaskPaneApp");
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining("<Id> must be a GUID"),
        expect.stringContaining("<IconUrl> URL must use https"),
        expect.stringContaining('resid "Parcours.Missing" does not match any resource id'),
      ]),
    );
  });

  it("rejects elements out of schema order and missing required elements", () => {
    const swapped = outlook.replace(
      /(<Permissions>ReadItem<\/Permissions>)\s*(<Rule[\s\S]*?<\/Rule>)/,
      "$2\n  $1",
    );
    expect(manifests.validateXmlManifest(swapped, "MailApp")).toEqual([
      expect.stringContaining("<Permissions> is out of order"),
    ]);
    const noSettings = wordExcel.replace(/<DefaultSettings>[\s\S]*?<\/DefaultSettings>/, "");
    expect(manifests.validateXmlManifest(noSettings, "TaskPaneApp")).toContain(
      "<OfficeApp> is missing the required <DefaultSettings> element",
    );
    expect(manifests.validateXmlManifest("<OfficeApp>", "TaskPaneApp")[0]).toMatch(/not well-formed/);
  });

  it("validates the unified manifest against Microsoft's bundled JSON schema", async () => {
    const bad = structuredClone(unified) as {
      extensions: { ribbons: { contexts: string[] }[] }[];
      id?: string;
    };
    delete bad.id;
    bad.extensions[0]!.ribbons[0]!.contexts = ["nowhere"];
    const errors = await manifests.validateUnifiedManifest(bad);
    expect(errors.join("\n")).toMatch(/required property 'id'/);
    expect(errors.join("\n")).toMatch(/contexts\/0 must be equal to one of the allowed values/);
  });

  it("keeps host-specific requirements on each feature, not at the top", async () => {
    const bad = structuredClone(unified) as { extensions: { requirements: Record<string, unknown> }[] };
    bad.extensions[0]!.requirements.capabilities = [{ name: "Mailbox", minVersion: "1.3" }];
    expect(await manifests.validateUnifiedManifest(bad)).toContain(
      "extensions[0].requirements must not list capabilities: put host-specific ones on each runtime and ribbon",
    );
  });

  it("rewrites every development URL to the deployment URL", async () => {
    const xml = manifests.rewriteManifest(wordExcel, "https://parcours.example.fr/");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain('<SourceLocation DefaultValue="https://parcours.example.fr/taskpane.html"/>');
    expect(manifests.validateXmlManifest(xml, "TaskPaneApp")).toEqual([]);
    const json = JSON.parse(manifests.rewriteManifest(read("manifest.json"), "https://parcours.example.fr"));
    expect(JSON.stringify(json)).not.toContain("localhost");
    expect(json.validDomains).toEqual(["parcours.example.fr"]);
    expect(await manifests.validateUnifiedManifest(json)).toEqual([]);
    expect(() => manifests.rewriteManifest(wordExcel, "http://parcours.example.fr")).toThrow(/https/);
  });
});
