import { detectPersonalData } from "../../../src/core/privacy";
import {
  makeIban,
  makeNir,
  randomFrenchBban,
  randomNirParts,
  seededRandom,
  spaceIban,
  spaceNir,
} from "../../support/identifiers";
import { found } from "./helpers";

/** The NIR written in groups of three: "185 057 800 608 491". */
const inThrees = (nir: string) => nir.match(/.{1,3}/g)!.join(" ");

describe("NIRs as people write them", () => {
  const random = seededRandom(12);

  it("finds a valid NIR with double spaces, tabs, mixed separators or in groups of three", () => {
    for (let i = 0; i < 100; i++) {
      const nir = makeNir(randomNirParts(random));
      const fields = spaceNir(nir).split(" ");
      for (const written of [
        fields.join("  "),
        fields.join("\t"),
        `${fields.slice(0, 3).join(" ")}-${fields.slice(3, 5).join(".")} ${fields.slice(5).join("  ")}`,
        inThrees(nir),
        `${nir.slice(0, 13)} clé ${nir.slice(13)}`,
        `${nir.slice(0, 13)} / ${nir.slice(13)}`,
        `${spaceNir(nir.slice(0, 13) + "00").slice(0, -3)} (clé ${nir.slice(13)})`,
      ]) {
        expect(found(`Assuré n° ${written} merci`)).toEqual([["NIR", written]]);
      }
    }
  });

  it("calls a NIR with a wrong key, or without its key, a possible NIR", () => {
    expect(found("NIR 1 85 05 78 006 084 36 transmis")).toEqual([["POSSIBLE_NIR", "1 85 05 78 006 084 36"]]);
    expect(found("NIR 1850578006084 transmis")).toEqual([["POSSIBLE_NIR", "1850578006084"]]);
    expect(found("NIR 1 85 05 78 006 084 transmis")).toEqual([["POSSIBLE_NIR", "1 85 05 78 006 084"]]);
    expect(found("NIR 1 85 05 78 006 084 clé 36")).toEqual([["POSSIBLE_NIR", "1 85 05 78 006 084 clé 36"]]);
    expect(found("NIR 1 85 05 78 006 084, clé 91")).toEqual([["NIR", "1 85 05 78 006 084, clé 91"]]);
    expect(found("NIR 1 85 05 78 006 084 (91)")).toEqual([["NIR", "1 85 05 78 006 084 (91)"]]);
    for (let i = 0; i < 100; i++) {
      const wrong = makeNir(randomNirParts(random), false);
      expect(found(`n° ${spaceNir(wrong)}.`)).toEqual([["POSSIBLE_NIR", spaceNir(wrong)]]);
    }
  });

  it("keeps possible NIRs to the shape of a NIR: sex, month, department", () => {
    expect(found("réf. 3850578006084 ok")).toEqual([]); // sex 3
    expect(found("réf. 1851378006084 ok")).toEqual([]); // month 13
    expect(found("réf. 1850500006084 ok")).toEqual([]); // department 00
    expect(found("réf. 1 2 3 4 5 6 7 8 9 0 1 2 3 ok")).toEqual([]);
    expect(found("Version 1.85.05.78.006.084.37 du logiciel.")).toEqual([]);
    expect(found("lot 18505780060841234 livré")).toEqual([]);
  });
});

describe("IBANs, e-mails and invisible characters", () => {
  const random = seededRandom(13);

  it("finds an IBAN written with dashes, double spaces or across a line break", () => {
    for (let i = 0; i < 50; i++) {
      const iban = makeIban("FR", randomFrenchBban(random));
      for (const written of [
        spaceIban(iban, "-"),
        spaceIban(iban).replace(/ /g, "  "),
        spaceIban(iban).replace(" ", "\n"),
        `${spaceIban(iban).slice(0, 14)}\r\n${spaceIban(iban).slice(15)}`,
      ]) {
        expect(found(`IBAN : ${written}.`)).toEqual([["IBAN", written]]);
      }
    }
    expect(found("IBAN FR76-3000-6000-0112-3456-7890-188")).toEqual([]); // wrong check digits
  });

  it("takes the whole address when the domain or the local part is accented", () => {
    expect(found("Écrire à jean.dupont@exemple-société.fr.")).toEqual([
      ["EMAIL", "jean.dupont@exemple-société.fr"],
    ]);
    expect(found("copie : élodie.brûlé@mutuelle.fr")).toEqual([["EMAIL", "élodie.brûlé@mutuelle.fr"]]);
  });

  it("sees through no-break and zero-width spaces and full-width digits, with spans in the original text", () => {
    const nir = "1 85 05 78 006 084 91";
    for (const text of [
      `NIR ${nir.replace(/ /g, "\u00a0")}`,
      `NIR ${nir.replace(/ /g, " \u200b")}`,
      `NIR ${nir.replace(/ /g, "\u202f")}`,
      `NIR 1\u200b85\ufeff05 78\u00ad006 084 91`,
      `NIR ${nir.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}`,
    ]) {
      const findings = detectPersonalData(text);
      expect(findings.map((f) => f.type)).toEqual(["NIR"]);
      expect(findings[0]!.start).toBe(4);
      expect(findings[0]!.end).toBe(text.length);
    }
    expect(found("Tél. ０６ １２ ３４ ５６ ７８")).toEqual([["PHONE", "０６ １２ ３４ ５６ ７８"]]);
    expect(found("mail : jean\u200b.dupont＠exemple.fr")).toEqual([
      ["EMAIL", "jean\u200b.dupont＠exemple.fr"],
    ]);
  });
});

describe("member and contract numbers", () => {
  it.each([
    ["N° d’adhérent : 0045 1234 56", "MEMBER_NUMBER", "0045 1234 56"],
    ["numéro adhérent 784512369", "MEMBER_NUMBER", "784512369"],
    ["Matricule A12345, service Prestations", "MEMBER_NUMBER", "A12345"],
    ["member ID: MB-2024-77812", "MEMBER_NUMBER", "MB-2024-77812"],
    ["Contrat n° CT-2024-118734 résilié", "CONTRACT_NUMBER", "CT-2024-118734"],
    ["votre police 5512 8890 12", "CONTRACT_NUMBER", "5512 8890 12"],
    ["policy no. AB123456 renewed", "CONTRACT_NUMBER", "AB123456"],
  ])("finds %j", (text, type, value) => {
    expect(found(text)).toEqual([[type, value]]);
  });

  it.each([
    "Le contrat 2024 prévoit trois options.",
    "1 250 adhérents au 31 décembre.",
    "Date de naissance de l’assuré : 12/03/1985",
    "Le contrat collectif couvre 12 salariés.",
  ])("leaves %j alone (or finds only the birth date)", (text) => {
    expect(
      detectPersonalData(text).filter((f) => f.type === "MEMBER_NUMBER" || f.type === "CONTRACT_NUMBER"),
    ).toEqual([]);
  });
});

describe("postal addresses", () => {
  it.each([
    ["Envoyer à 12 rue des Lilas, 69003 Lyon.", "12 rue des Lilas, 69003 Lyon"],
    [
      "domicile : 3 bis avenue Victor Hugo 75016 Paris Cedex 16",
      "3 bis avenue Victor Hugo 75016 Paris Cedex 16",
    ],
    ["12 boulevard Saint-Michel\n75005 Paris", "12 boulevard Saint-Michel\n75005 Paris"],
    ["au 5 place Bellecour le 3 mars", "5 place Bellecour"],
    ["45, Rue de la République, 13002 Marseille", "45, Rue de la République, 13002 Marseille"],
    ["She lives at 221B Baker Street, London NW1 6XE.", "221B Baker Street, London NW1 6XE"],
    // A member's address stays personal, even beside a service's words.
    ["Rendez-vous au 12 rue des Lilas chez l'adhérent.", "12 rue des Lilas"],
    ["L'adhérent a déménagé au 12 rue des Lilas, près de notre agence.", "12 rue des Lilas"],
    ["Our office has her new address: 4 Mill Lane, Leeds.", "4 Mill Lane, Leeds"],
    // The sentence ends after the street's name.
    ["Son domicile : 3 rue des Lilas. Notre agence le contactera.", "3 rue des Lilas"],
  ])("finds the address in %j", (text, address) => {
    expect(found(text).filter(([type]) => type === "POSTAL_ADDRESS")).toEqual([["POSTAL_ADDRESS", address]]);
  });

  it.each([
    "Rendez-vous au 12 rue Jean Jaurès, salle Marie Curie, pour la formation Copilot.",
    "Notre agence du 5 avenue Victor Hugo, 69003 Lyon, ferme le samedi.",
    "Le siège social est au 45, Rue de la République, 13002 Marseille.",
    "Our office at 221B Baker Street, London NW1 6XE is closed on Friday.",
    "The training venue is 10 Mill Lane, Leeds.",
  ])("leaves a service's public address in %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("does not take a street named after a person for the person", () => {
    expect(found("3 bis avenue Victor Hugo 75016 Paris").map(([type]) => type)).toEqual(["POSTAL_ADDRESS"]);
    expect(found("Nos bureaux du boulevard Victor Hugo et de la rue de la Paix.")).toEqual([]);
  });
});
