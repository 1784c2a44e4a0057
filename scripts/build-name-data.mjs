/* global process, console */
// Writes content/privacy/names.json: first and last names from @faker-js/faker's locale data (MIT),
// for the locales whose names French insurers' members most often carry. Run after upgrading faker:
// `node scripts/build-name-data.mjs`; `--check` (run by a unit test) says whether the file still matches.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { de, en, es, fr, fr_BE, fr_CH, it, nl, pt_PT } from "@faker-js/faker";

export const NAME_LOCALES = { fr, fr_BE, fr_CH, en, es, it, pt_PT, de, nl };

const flat = (value) => (!value ? [] : Array.isArray(value) ? value : Object.values(value).flat());

/** Names of one or more words, capitalised, deduplicated and sorted. */
export function buildNameData() {
  const first = new Set();
  const last = new Set();
  for (const locale of Object.values(NAME_LOCALES)) {
    for (const name of flat(locale.person?.first_name)) first.add(name.trim());
    for (const name of flat(locale.person?.last_name)) last.add(name.trim());
  }
  const sorted = (set) => [...set].filter((n) => /^\p{Lu}/u.test(n)).sort((a, b) => a.localeCompare(b, "fr"));
  const { version } = JSON.parse(
    fs.readFileSync(
      path.join(path.dirname(fileURLToPath(import.meta.resolve("@faker-js/faker"))), "..", "package.json"),
      "utf8",
    ),
  );
  return {
    source: `@faker-js/faker ${version} (MIT), locales ${Object.keys(NAME_LOCALES).join(", ")}`,
    first: sorted(first).join("|"),
    last: sorted(last).join("|"),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.join(
    path.dirname(fileURLToPath(import.meta.url)),
    "..",
    "content",
    "privacy",
    "names.json",
  );
  const data = buildNameData();
  if (process.argv.includes("--check")) {
    // Exit 1 when the shipped file no longer matches the installed package.
    const shipped = JSON.parse(fs.readFileSync(out, "utf8"));
    const same = shipped.first === data.first && shipped.last === data.last && shipped.source === data.source;
    console.log(same ? "names.json matches @faker-js/faker" : "names.json is out of date: rebuild it");
    process.exitCode = same ? 0 : 1;
  } else {
    fs.writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`);
    console.log(`wrote ${out}`);
  }
}
