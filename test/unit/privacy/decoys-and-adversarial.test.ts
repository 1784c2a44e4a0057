import { detectPersonalData } from "../../../src/core/privacy";
import { makeNir, randomNirParts, seededRandom, spaceNir } from "../../support/identifiers";
import { found } from "./helpers";

describe("decoys that are not personal data", () => {
  it.each([
    "Montant remboursé : 1 234,56 € le 12/03/2024.",
    "Total 12 345 678,90 EUR, TVA 20 %.",
    "Commande n° 2024-118734-0042, dossier SIN-2024-000123.",
    "Sinistre 2024 0001 2345 6789 en cours.",
    "Rendez-vous à 14:30 ou 14h30, salle 3.2.1.",
    "Version 1.85.05.78.006.084.37 du logiciel.",
    "Version 10.0.19045.3693",
    "Trimestre T1 2024 : 1 250 adhérents, +12,5 %.",
    "IBAN invalide FR76 3000 6000 0112 3456 7890 188.",
    "Carte de test 4111 1111 1111 1112.",
    "Code APE 6512Z, SIREN 775 672 272.",
    "Le contrat 2024 prévoit 3 options ; l’adhérent 12 % de hausse.",
    "Réunion au siège, Rue de la Paix, avec la Direction Santé de Lyon.",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("reads a contract reference and a street address as personal data, not as decoys", () => {
    expect(found("Référence contrat 18505780060849 (14 chiffres).")).toEqual([
      ["CONTRACT_NUMBER", "18505780060849"],
    ]);
    expect(found("Adresse : 12 rue de la Paix, 75008 Paris, cedex 08.")).toEqual([
      ["POSTAL_ADDRESS", "12 rue de la Paix, 75008 Paris"],
    ]);
  });
});

describe("adversarial input of 1 MB", () => {
  const MB = 1 << 20;

  it("reads a million digits as one long number, not as identifiers", () => {
    expect(detectPersonalData("4".repeat(MB))).toEqual([]);
    expect(detectPersonalData("0".repeat(MB))).toEqual([]);
  });

  it("copes with repeated separators, '@' and birth cues", () => {
    expect(detectPersonalData("1 ".repeat(MB / 2))).toEqual([]);
    expect(detectPersonalData("1-".repeat(MB / 2))).toEqual([]);
    expect(detectPersonalData("@".repeat(MB))).toEqual([]);
    expect(detectPersonalData("a@".repeat(MB / 2))).toEqual([]);
    expect(detectPersonalData("a.".repeat(MB / 2) + "@")).toEqual([]);
    expect(detectPersonalData("né le ".repeat(MB / 6))).toEqual([]);
    expect(detectPersonalData("+33 ".repeat(MB / 4))).toEqual([]);
    expect(detectPersonalData("FR76 ".repeat(MB / 5))).toEqual([]);
    expect(detectPersonalData("affection de ".repeat(MB / 13))).toEqual([]);
  });

  it("copes with a megabyte of blank lines, hyphens, tabs, pipes, initials and particles", () => {
    expect(found(`Cordialement,\n${"\n".repeat(MB)}Gwenaëlle Quéré`)).toEqual([
      ["PERSON_NAME", "Gwenaëlle Quéré"],
    ]);
    expect(detectPersonalData(`1 rue ${"A-".repeat(MB / 2)}`).map((f) => f.type)).toEqual(["POSTAL_ADDRESS"]);
    expect(detectPersonalData(`Nom\t${"\t".repeat(MB)}`)).toEqual([]);
    expect(detectPersonalData("|".repeat(MB))).toEqual([]);
    expect(detectPersonalData("A. ".repeat(MB / 3))).toEqual([]);
    expect(detectPersonalData("M. de ".repeat(MB / 6))).toEqual([]);
    expect(detectPersonalData("LE ".repeat(MB / 3))).toEqual([]);
    expect(detectPersonalData("\u200b".repeat(MB))).toEqual([]);
  });

  it("still finds an identifier hidden after a megabyte of noise", () => {
    const nir = spaceNir(makeNir(randomNirParts(seededRandom(9))));
    const noise = "1 2 3 4 5 6 7 8 9 0 @@ -- .. ".repeat(MB / 29);
    const text = `${noise}NIR ${nir} ; ${noise}jean@exemple.fr`;
    const findings = detectPersonalData(text);
    expect(findings.map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([
      ["NIR", nir],
      ["EMAIL", "jean@exemple.fr"],
    ]);
  });

  it("finds every one of many identifiers in a large text", () => {
    const random = seededRandom(10);
    const nirs = Array.from({ length: 2000 }, () => makeNir(randomNirParts(random)));
    const text = nirs
      .map((nir, i) => `Dossier ${i} : ${nir}, tél 06 12 34 56 ${String(i % 100).padStart(2, "0")}.`)
      .join("\n");
    const findings = detectPersonalData(text);
    expect(findings.filter((f) => f.type === "NIR")).toHaveLength(2000);
    expect(findings.filter((f) => f.type === "PHONE")).toHaveLength(2000);
  });
});

describe("findings", () => {
  it("are sorted, non-overlapping and use JavaScript string indices", () => {
    const text = "😀 né le 12/03/1985 — jean@exemple.fr, 06 12 34 56 78, cancer";
    const findings = detectPersonalData(text);
    expect(findings.map((f) => f.type)).toEqual(["DATE_OF_BIRTH", "EMAIL", "PHONE", "HEALTH_TERM"]);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe("12/03/1985");
    expect(findings[0]!.start).toBe(9); // the emoji counts as two UTF-16 code units
    for (let i = 1; i < findings.length; i++)
      expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
  });
});
