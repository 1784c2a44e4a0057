import { HEALTH_ACRONYMS, HEALTH_TERMS } from "../../../src/core/privacy";
import { found } from "./helpers";

describe("dates of birth", () => {
  it.each([
    ["Né le 12/03/1985 à Lyon", "12/03/1985"],
    ["née le 1er janvier 1990", "1er janvier 1990"],
    ["Né(e) le 05.11.1972", "05.11.1972"],
    ["né (e) le 5-11-72", "5-11-72"],
    ["Date de naissance : 3 février 1985", "3 février 1985"],
    ["Date de naissance de l'assuré : 12/03/1985", "12/03/1985"],
    ["DDN 12/03/85", "12/03/85"],
    ["born on March 3rd, 1985", "March 3rd, 1985"],
    ["Date of birth: 1985-03-12", "1985-03-12"],
    ["DOB: 03/28/1985", "03/28/1985"],
    ["DOB 3 Aug 1985", "3 Aug 1985"],
    ["Birthdate: 12 août 1985", "12 août 1985"],
  ])("finds the date in %j", (text, date) => {
    expect(found(text)).toEqual([["DATE_OF_BIRTH", date]]);
  });

  it.each([
    "Réunion le 12/03/2024 à 14:30.",
    "Facture du 3 mars 2024, échéance 2024-04-01.",
    "Il ne le 12 pas", // "ne le" without a date after it
    "Date de naissance : inconnue.\nRéunion le 12/03/2024",
    "Date de naissance : 32/13/1985",
    "dobermann 12/03/2020",
  ])("ignores dates without a birth cue in %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("finds each birth date when several people are listed", () => {
    expect(found("né le 12/03/1985, sa fille née le 01/02/2010")).toEqual([
      ["DATE_OF_BIRTH", "12/03/1985"],
      ["DATE_OF_BIRTH", "01/02/2010"],
    ]);
  });
});

describe("health terms", () => {
  it.each([
    ["Il est diabétique depuis 2010", "diabétique"],
    ["suivi pour un DIABETE de type 2", "DIABETE"],
    ["en affection de longue durée", "affection de longue durée"],
    ["reconnu en ALD 30", "ALD"],
    ["sa grossesse", "grossesse"],
    ["séropositif au VIH", "séropositif"],
    ["arrêt maladie de 15 jours", "arrêt maladie"],
    ["deux hospitalisations", "hospitalisations"],
    ["séances de chimiothérapie", "chimiothérapie"],
    ["un burn-out sévère", "burn-out"],
    ["on sick leave since May", "sick leave"],
    ["living with HIV", "HIV"],
    ["after a cancer diagnosis", "cancer"],
    ["l'ordonnance du médecin", "ordonnance"],
  ])("finds the term in %j", (text, term) => {
    expect(found(text)[0]).toEqual(["HEALTH_TERM", term]);
  });

  it("does not join the words of a term across a number", () => {
    expect(found("arrêt 12 maladie")).toEqual([]);
  });

  it("matches whole words only", () => {
    expect(found("le diabètement cancerxyz gald")).toEqual([]);
  });

  it("matches acronyms only in capitals where the lowercase word is ordinary", () => {
    expect(found("this aids the team")).toEqual([]);
    expect(found("AIDS awareness")).toEqual([["HEALTH_TERM", "AIDS"]]);
  });

  it("finds every term of a sentence in order", () => {
    expect(found("Cancer, dépression et VIH.").map(([, term]) => term)).toEqual([
      "Cancer",
      "dépression",
      "VIH",
    ]);
  });
});

describe("health vocabulary kept as data", () => {
  it.each([
    ["8 séances de kinésithérapie", "séances de kinésithérapie"],
    ["elle est dialysée depuis 2020", "dialysée"],
    ["suivi en addictologie", "addictologie"],
    ["des séances d’orthophonie", "orthophonie"],
    ["rendez-vous chez le psychiatre", "psychiatre"],
    ["deux chimiothérapies", "chimiothérapies"],
    ["une IVG en mars", "IVG"],
    ["reconnue en ALD", "ALD"],
    ["greffe de rein prévue", "greffe de rein"],
    ["she sees a physiotherapist", "physiotherapist"],
    ["booked speech therapy", "speech therapy"],
  ])("finds the health term in %j", (text, term) => {
    expect(found(text)).toEqual([["HEALTH_TERM", term]]);
  });

  it.each([
    "La garantie hospitalisation couvre la chambre particulière.",
    "Le forfait optique est revu au 1er janvier.",
    "L’Assurance Maladie publie ses chiffres ; la fracture numérique recule.",
    "Le traitement des données est décrit dans le registre.",
    "Le greffe du tribunal a enregistré la société.",
    "The feature is disabled until Monday.",
  ])("leaves insurance and everyday vocabulary alone: %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("covers conditions, treatments, acts of care and specialties in both languages", () => {
    expect(HEALTH_TERMS.length).toBeGreaterThan(550);
    for (const term of [
      "dialyse",
      "chimiothérapie",
      "addictologie",
      "kinésithérapie",
      "orthophonie",
      "psychiatre",
      "cancer",
      "diabète",
      "grossesse",
      "dialysis",
      "pregnancy",
    ]) {
      expect(HEALTH_TERMS).toContain(term);
    }
    expect(HEALTH_ACRONYMS).toEqual(expect.arrayContaining(["ALD", "IVG", "VIH", "HIV"]));
  });
});
