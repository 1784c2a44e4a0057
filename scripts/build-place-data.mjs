/* global process, console */
// Writes content/privacy/places.json: one-word town names the name detector reads as places when the
// text says so (« à Dax », "Lincoln and Durham offices"). French towns from @etalab/decoupage-administratif
// (MIT; data from INSEE's Code officiel géographique, Licence Ouverte): every commune of 10,000 people or
// more, and every prefecture and sub-prefecture. Towns of the countries members write from, from
// @faker-js/faker's locale data (MIT). Names of several words (« Le Mans ») are left out: the detector
// reads a place word by word. Run after upgrading either package: `node scripts/build-place-data.mjs`;
// `--check` (run by a unit test) says whether the file still matches.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as faker from "@faker-js/faker";

const require = createRequire(import.meta.url);
const MIN_POPULATION = 10000;
/** Locales whose town names are taken: the English-speaking world and France's neighbours. */
export const PLACE_LOCALES = [
  ...["en", "en_AU_ocker", "en_CA", "en_ZA"],
  ...["fr", "fr_CH", "fr_LU", "fr_SN", "de", "de_AT", "de_CH", "es", "pt_PT"],
];
const ONE_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

function packageVersion(name) {
  const dir = path.dirname(require.resolve(`${name}/package.json`));
  return JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version;
}

export function buildPlaceData() {
  const towns = new Set();
  const add = (name) => {
    if (ONE_WORD.test(name)) towns.add(name);
  };
  const communes = require("@etalab/decoupage-administratif/data/communes.json");
  const departements = require("@etalab/decoupage-administratif/data/departements.json");
  const arrondissements = require("@etalab/decoupage-administratif/data/arrondissements.json");
  const chefsLieux = new Set([...departements, ...arrondissements].map((d) => d.chefLieu));
  for (const c of communes) {
    if (c.type !== "commune-actuelle") continue;
    if ((c.population ?? 0) >= MIN_POPULATION || chefsLieux.has(c.code)) add(c.nom);
  }
  for (const code of PLACE_LOCALES) {
    const names = faker[code]?.location?.city_name;
    if (!Array.isArray(names)) throw new Error(`@faker-js/faker has no town names for ${code}`);
    names.forEach(add);
  }
  return {
    source: `@etalab/decoupage-administratif ${packageVersion("@etalab/decoupage-administratif")} (MIT, INSEE data under Licence Ouverte): communes of ${MIN_POPULATION} people or more, prefectures and sub-prefectures; @faker-js/faker ${packageVersion("@faker-js/faker")} (MIT) town names, locales ${PLACE_LOCALES.join(", ")}`,
    towns: [...towns].sort((a, b) => a.localeCompare(b, "fr")).join("|"),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.join(
    path.dirname(fileURLToPath(import.meta.url)),
    "..",
    "content",
    "privacy",
    "places.json",
  );
  const data = buildPlaceData();
  if (process.argv.includes("--check")) {
    const shipped = JSON.parse(fs.readFileSync(out, "utf8"));
    const same = shipped.towns === data.towns && shipped.source === data.source;
    console.log(same ? "places.json matches its sources" : "places.json is out of date: rebuild it");
    process.exitCode = same ? 0 : 1;
  } else {
    fs.writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`);
    console.log(`wrote ${out}`);
  }
}
