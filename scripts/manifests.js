// Offline checks and deployment rewriting for the three add-in manifests.
// Used by `npm run validate`, the webpack build (URL rewriting) and the unit tests.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { XMLParser } = require("fast-xml-parser");

const ROOT = path.resolve(__dirname, "..");
const DEV_ORIGIN = "https://localhost:3000";
const MANIFESTS = [
  { file: "manifest.xml", kind: "xml", type: "TaskPaneApp" },
  { file: "manifest.outlook.xml", kind: "xml", type: "MailApp" },
  { file: "manifest.json", kind: "json" },
];

// Child order of <OfficeApp> required by the Office add-in manifest schema (XSD sequences).
const COMMON_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
];
const ORDER = {
  TaskPaneApp: [...COMMON_ORDER, "DefaultSettings", "Permissions", "AllowSnapshot", "VersionOverrides"],
  MailApp: [
    ...COMMON_ORDER,
    "FormSettings",
    "Permissions",
    "Rule",
    "DisableEntityHighlighting",
    "VersionOverrides",
  ],
};
const REQUIRED = {
  TaskPaneApp: [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "Hosts",
    "DefaultSettings",
    "Permissions",
  ],
  MailApp: [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "Hosts",
    "FormSettings",
    "Permissions",
    "Rule",
  ],
};
// Order of a ribbon button's children.
const CONTROL_ORDER = ["Label", "Supertip", "Icon", "Action"];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const URL_ELEMENTS = new Set([
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
  "bt:Url",
  "bt:Image",
  "LearnMoreUrl",
]);

const localName = (name) => name.replace(/^.*:/, "");
const elementName = (node) => Object.keys(node).find((k) => k !== ":@" && k !== "#text");

/** Walks a preserveOrder tree, calling visit(name, attributes, children, pathNames). */
function walk(nodes, visit, trail = []) {
  for (const node of nodes) {
    const name = elementName(node);
    if (!name || name.startsWith("?") || name === "#comment") continue;
    const attrs = node[":@"] || {};
    const children = node[name] || [];
    visit(name, attrs, children, trail);
    walk(children, visit, [...trail, name]);
  }
}

/**
 * Validates an XML add-in manifest offline: well-formedness, xsi:type, element order and required
 * elements of <OfficeApp>, a GUID <Id>, every resid resolving to a resource, https URLs.
 * Returns a list of human-readable errors (empty when valid).
 */
function validateXmlManifest(text, expectedType) {
  const errors = [];
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    commentPropName: "#comment",
  });
  let tree;
  try {
    const { XMLValidator } = require("fast-xml-parser");
    const ok = XMLValidator.validate(text);
    if (ok !== true) return [`not well-formed XML: ${ok.err.msg} (line ${ok.err.line})`];
    tree = parser.parse(text);
  } catch (err) {
    return [`not well-formed XML: ${err.message}`];
  }
  const root = tree.find((n) => elementName(n) === "OfficeApp");
  if (!root) return ["the root element must be <OfficeApp>"];
  const type = (root[":@"] || {})["xsi:type"];
  if (expectedType && type !== expectedType)
    errors.push(`<OfficeApp xsi:type> must be "${expectedType}" (found "${type}")`);
  const order = ORDER[type];
  if (!order) return [...errors, `unsupported <OfficeApp xsi:type="${type}">`];

  const children = root.OfficeApp.map(elementName).filter((n) => n && n !== "#comment");
  for (const name of REQUIRED[type])
    if (!children.includes(name)) errors.push(`<OfficeApp> is missing the required <${name}> element`);
  let last = -1;
  for (const name of children) {
    const index = order.indexOf(name);
    if (index === -1) {
      errors.push(`<${name}> is not allowed in <OfficeApp xsi:type="${type}">`);
      continue;
    }
    if (index < last) errors.push(`<${name}> is out of order: expected ${order.join(", ")}`);
    last = Math.max(last, index);
  }

  const idNode = root.OfficeApp.find((n) => elementName(n) === "Id");
  const id = idNode && idNode.Id[0] && String(idNode.Id[0]["#text"]).trim();
  if (idNode && !GUID.test(id || "")) errors.push(`<Id> must be a GUID (found "${id}")`);
  const versionNode = root.OfficeApp.find((n) => elementName(n) === "Version");
  const version = versionNode && versionNode.Version[0] && String(versionNode.Version[0]["#text"]).trim();
  if (versionNode && !VERSION.test(version || ""))
    errors.push(`<Version> must look like 1.0.0.0 (found "${version}")`);

  const resources = new Set();
  const resids = [];
  walk(tree, (name, attrs, kids, trail) => {
    if (trail.includes("Resources") && attrs.id) resources.add(attrs.id);
    if (attrs.resid !== undefined) resids.push({ resid: attrs.resid, at: `<${name}>` });
    const urlValue =
      URL_ELEMENTS.has(name) || (localName(name) === "Url" && trail.includes("Resources"))
        ? attrs.DefaultValue
        : undefined;
    if (urlValue !== undefined && !String(urlValue).startsWith("https://"))
      errors.push(`<${name}> URL must use https (found "${urlValue}")`);
    if (
      name === "Override" &&
      trail.some((t) => URL_ELEMENTS.has(t)) &&
      attrs.Value &&
      !String(attrs.Value).startsWith("https://")
    ) {
      errors.push(`<${trail[trail.length - 1]}> override URL must use https (found "${attrs.Value}")`);
    }
    if (name === "Control") {
      const names = kids.map(elementName).filter((n) => n && n !== "#comment");
      let at = -1;
      for (const n of names) {
        const i = CONTROL_ORDER.indexOf(n);
        if (i !== -1 && i < at)
          errors.push(
            `<Control id="${attrs.id}">: <${n}> is out of order (expected ${CONTROL_ORDER.join(", ")})`,
          );
        at = Math.max(at, i);
      }
    }
  });
  for (const { resid, at } of resids) {
    if (resid.length > 32) errors.push(`${at} resid "${resid}" is longer than 32 characters`);
    if (!resources.has(resid)) errors.push(`${at} resid "${resid}" does not match any resource id`);
  }
  return errors;
}

function collectUrls(value, out = []) {
  if (typeof value === "string") {
    if (/^[a-z]+:\/\//i.test(value)) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => collectUrls(v, out));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) if (key !== "$schema") collectUrls(v, out);
  }
  return out;
}

/**
 * Validates the unified manifest against Microsoft's JSON schema bundled in @microsoft/app-manifest
 * (no network), plus Parcours's own rules: https URLs, host-specific requirements on each feature.
 */
async function validateUnifiedManifest(manifest) {
  const { ManifestUtil } = require("@microsoft/app-manifest");
  const version = manifest && manifest.manifestVersion;
  const schemaFile = path.join(
    path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
    "build/json-schemas/teams",
    `v${version}`,
    "MicrosoftTeams.schema.json",
  );
  if (!version || !fs.existsSync(schemaFile)) return [`manifestVersion "${version}" has no bundled schema`];
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
  const errors = [...(await ManifestUtil.validateManifestAgainstSchema(manifest, schema))];
  for (const url of collectUrls(manifest))
    if (!url.startsWith("https://")) errors.push(`URL must use https (found "${url}")`);
  const extension = (manifest.extensions || [])[0];
  if (extension) {
    const top = extension.requirements || {};
    if (top.capabilities)
      errors.push(
        "extensions[0].requirements must not list capabilities: put host-specific ones on each runtime and ribbon",
      );
    const scopes = new Set(top.scopes || []);
    for (const s of ["mail", "document", "workbook"])
      if (!scopes.has(s)) errors.push(`extensions[0].requirements.scopes must include "${s}"`);
    for (const [kind, items] of [
      ["runtimes", extension.runtimes || []],
      ["ribbons", extension.ribbons || []],
    ]) {
      items.forEach((item, i) => {
        if (!item.requirements || !item.requirements.scopes)
          errors.push(`extensions[0].${kind}[${i}] must declare its host scope in requirements`);
      });
    }
  }
  return errors;
}

/** Rewrites the development origin to the deployment URL (no trailing slash). */
function rewriteManifest(text, publicUrl) {
  const url = new URL(publicUrl);
  if (url.protocol !== "https:") throw new Error(`the deployment URL must use https (got "${publicUrl}")`);
  const origin = url.href.replace(/\/$/, "");
  return text.split(DEV_ORIGIN).join(origin).split('"localhost:3000"').join(JSON.stringify(url.host));
}

/** Validates every manifest in `dir` (the repository root by default); returns {file, errors}[]. */
async function validateAll(dir = ROOT) {
  const results = [];
  for (const m of MANIFESTS) {
    const file = path.join(dir, m.file);
    if (!fs.existsSync(file)) {
      results.push({ file: m.file, errors: ["file not found"] });
      continue;
    }
    const text = fs.readFileSync(file, "utf8");
    if (m.kind === "xml") results.push({ file: m.file, errors: validateXmlManifest(text, m.type) });
    else {
      let json;
      try {
        json = JSON.parse(text);
      } catch (err) {
        results.push({ file: m.file, errors: [`invalid JSON: ${err.message}`] });
        continue;
      }
      results.push({ file: m.file, errors: await validateUnifiedManifest(json) });
    }
  }
  return results;
}

module.exports = {
  DEV_ORIGIN,
  MANIFESTS,
  validateXmlManifest,
  validateUnifiedManifest,
  rewriteManifest,
  validateAll,
};
