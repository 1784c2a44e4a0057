/* global process, console */
// Writes the `firms` list of content/privacy/not-names.json: the words of company names from the
// cspell company dictionary (@cspell/dict-companies, MIT, `dict/companies.txt`) that no name list,
// dictionary, town or place list already holds — « Capgemini », « Deloitte », "Salesforce"; not
// "Johnson", "Orange" nor "Cambridge", which stay with the lists that read them. A run of
// capitalised words holding one of them and no given name is a firm, not a person.
// `node scripts/build-firm-data.mjs <path to companies.txt>` (from `npm pack @cspell/dict-companies`).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const read = (file) => JSON.parse(fs.readFileSync(path.join(ROOT, "content/privacy", file), "utf8"));
const fold = (w) => w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

const source = process.argv[2];
if (!source) {
  console.error("usage: node scripts/build-firm-data.mjs <companies.txt>");
  process.exit(2);
}
const names = read("names.json");
const towns = new Set(read("places.json").towns.split("|").map(fold));
const notNamesFile = path.join(ROOT, "content/privacy/not-names.json");
const notNames = JSON.parse(fs.readFileSync(notNamesFile, "utf8"));
const people = new Set(
  ["first", "last", "lastCommon", "firstCommon", "eastAsianSurnames"]
    .flatMap((k) => names[k].split("|"))
    .map(fold),
);
const common = new Set(names.commonWords.split("|"));
const listed = new Set(
  [
    ...notNames.places,
    ...notNames.nationalities_and_languages,
    ...notNames.organisation,
    ...notNames.products,
  ].map(fold),
);
const firms = new Set();
for (const line of fs.readFileSync(source, "utf8").split("\n")) {
  const word = line.trim();
  // A capitalised word of four letters or more; acronyms are read by other rules.
  if (!/^\p{Lu}[\p{L}'’-]{3,}$/u.test(word) || word === word.toUpperCase()) continue;
  const f = fold(word.replace(/['’]s$/, ""));
  if (people.has(f) || common.has(f) || towns.has(f) || listed.has(f)) continue;
  if (f.endsWith("s") && common.has(f.slice(0, -1))) continue;
  firms.add(f);
}
notNames.firms = [...firms].sort();
fs.writeFileSync(notNamesFile, `${JSON.stringify(notNames, null, 2)}\n`);
console.log(`${firms.size} firm words written to content/privacy/not-names.json`);
