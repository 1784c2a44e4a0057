import { detectPersonalData, isValidIban, isValidLuhn, isValidNir, nirKey } from "../../../src/core/privacy";
import {
  groupCard,
  makeCard,
  makeIban,
  makeNir,
  randomBban,
  randomFrenchBban,
  randomNirParts,
  seededRandom,
  spaceIban,
  spaceNir,
} from "../../support/identifiers";
import { found } from "./helpers";

describe("NIR (social security number)", () => {
  const random = seededRandom(1);

  it("computes the key as 97 minus the 13 first digits modulo 97", () => {
    expect(nirKey("1850578006084")).toBe(91);
    expect(isValidNir("185057800608491")).toBe(true);
    expect(isValidNir("185057800608492")).toBe(false);
  });

  it("counts Corsica 2A as 19 and 2B as 18", () => {
    expect(nirKey("290022A004012")).toBe(nirKey("2900219004012"));
    expect(nirKey("290022B004012")).toBe(nirKey("2900218004012"));
    const nir2A = makeNir({ sex: 2, year: 90, month: 2, department: "2A", commune: 4, order: 12 });
    expect(nir2A).toBe("290022A00401218");
    expect(found(`NIR ${nir2A}`)).toEqual([["NIR", nir2A]]);
    expect(found(`NIR ${spaceNir(nir2A)}`)).toEqual([["NIR", spaceNir(nir2A)]]);
    expect(found(`nir ${spaceNir(nir2A.toLowerCase())}`)).toEqual([["NIR", spaceNir(nir2A.toLowerCase())]]);
  });

  it("finds generated valid NIRs, compact, spaced, dotted and dashed", () => {
    for (let i = 0; i < 300; i++) {
      const nir = makeNir(randomNirParts(random));
      for (const written of [
        nir,
        spaceNir(nir),
        spaceNir(nir, "."),
        spaceNir(nir, "-"),
        `${nir.slice(0, 13)} ${nir.slice(13)}`,
      ]) {
        const text = `Assuré n° ${written}, merci.`;
        expect(found(text)).toEqual([["NIR", written]]);
      }
    }
  });

  it("ignores NIRs whose key is wrong", () => {
    for (let i = 0; i < 300; i++) {
      const nir = makeNir(randomNirParts(random), false);
      expect(detectPersonalData(`Assuré n° ${spaceNir(nir)}`).filter((f) => f.type === "NIR")).toEqual([]);
      expect(detectPersonalData(`Assuré n° ${nir}`).filter((f) => f.type === "NIR")).toEqual([]);
    }
  });

  it("checks the shape: sex 1 or 2, a real month, a department", () => {
    const withSex = (sex: string) => {
      const body = `${sex}850578006084`;
      return body + String(nirKey(body)).padStart(2, "0");
    };
    expect(isValidNir(withSex("1"))).toBe(true);
    expect(isValidNir(withSex("3"))).toBe(false);
    const withMonth = (month: string) => {
      const body = `185${month}78006084`;
      return body + String(nirKey(body)).padStart(2, "0");
    };
    expect(isValidNir(withMonth("12"))).toBe(true);
    expect(isValidNir(withMonth("13"))).toBe(false);
    expect(isValidNir(withMonth("00"))).toBe(false);
    expect(isValidNir(withMonth("30"))).toBe(true); // INSEE: 20–42 when the month is unknown
    expect(isValidNir(withMonth("62"))).toBe(true); // INSEE: 50+ for other registrations
  });

  it("expects separators between the NIR's fields, not anywhere", () => {
    const nir = makeNir(randomNirParts(random));
    const pairs = nir.match(/.{1,2}/g)!.join(" ");
    expect(found(`NIR ${pairs}`).filter(([type]) => type === "NIR")).toEqual([]);
  });

  it("does not match a NIR glued to more digits or letters", () => {
    const nir = makeNir(randomNirParts(random));
    expect(found(`${nir}7`)).toEqual([]);
    expect(found(`X${nir}`)).toEqual([]);
  });
});

describe("IBAN", () => {
  const random = seededRandom(2);

  it("accepts the textbook French IBAN, compact or in groups of four", () => {
    expect(isValidIban("FR7630006000011234567890189")).toBe(true);
    expect(found("IBAN : FR76 3000 6000 0112 3456 7890 189.")).toEqual([
      ["IBAN", "FR76 3000 6000 0112 3456 7890 189"],
    ]);
    expect(found("IBAN:FR7630006000011234567890189")).toEqual([["IBAN", "FR7630006000011234567890189"]]);
  });

  it("accepts other countries, including letters in the account part", () => {
    expect(found("DE89 3704 0044 0532 0130 00")).toEqual([["IBAN", "DE89 3704 0044 0532 0130 00"]]);
    expect(found("GB82 WEST 1234 5698 7654 32")).toEqual([["IBAN", "GB82 WEST 1234 5698 7654 32"]]);
    expect(found("virement BE68539007547034 reçu")).toEqual([["IBAN", "BE68539007547034"]]);
  });

  it("finds generated valid IBANs and rejects wrong check digits", () => {
    const countries: Array<[string, number]> = [
      ["FR", 23],
      ["DE", 18],
      ["ES", 20],
      ["IT", 23],
      ["BE", 12],
      ["LU", 16],
    ];
    for (let i = 0; i < 200; i++) {
      const [country, length] = countries[i % countries.length] as [string, number];
      const bban = country === "FR" ? randomFrenchBban(random) : randomBban(random, length);
      const iban = makeIban(country, bban);
      expect(found(`Compte ${spaceIban(iban)} ok`)).toEqual([["IBAN", spaceIban(iban)]]);
      expect(found(`Compte ${iban} ok`)).toEqual([["IBAN", iban]]);
      const wrong = makeIban(country, bban, false);
      expect(detectPersonalData(`Compte ${spaceIban(wrong)}`).filter((f) => f.type === "IBAN")).toEqual([]);
    }
  });

  it("accepts an IBAN typed in lower case or with no-break spaces", () => {
    expect(found("iban fr76 3000 6000 0112 3456 7890 189")).toEqual([
      ["IBAN", "fr76 3000 6000 0112 3456 7890 189"],
    ]);
    expect(found("IBAN FR76\u00a03000\u00a06000\u00a00112\u00a03456\u00a07890\u00a0189")).toHaveLength(1);
    expect(found("code zz12 3456 7890 1234 5")).toEqual([]);
  });

  it("rejects an IBAN of the wrong length for its country", () => {
    const iban = makeIban("FR", randomFrenchBban(random).slice(0, 22));
    expect(detectPersonalData(iban).filter((f) => f.type === "IBAN")).toEqual([]);
  });
});

describe("payment cards", () => {
  const random = seededRandom(3);

  it("accepts well-known test numbers in the usual layouts", () => {
    expect(found("carte 4111 1111 1111 1111 exp 12/27")).toEqual([["PAYMENT_CARD", "4111 1111 1111 1111"]]);
    expect(found("carte 5555-5555-5555-4444")).toEqual([["PAYMENT_CARD", "5555-5555-5555-4444"]]);
    expect(found("carte 4111111111111111")).toEqual([["PAYMENT_CARD", "4111111111111111"]]);
    expect(found("amex 3782 822463 10005")).toEqual([["PAYMENT_CARD", "3782 822463 10005"]]);
    expect(isValidLuhn("4111111111111112")).toBe(false);
  });

  it("finds generated Luhn-valid numbers of 13 to 19 digits and ignores broken ones", () => {
    const prefixes = ["4", "51", "55", "2221", "34", "37", "6011", "65", "62", "36"];
    for (let i = 0; i < 300; i++) {
      const prefix = prefixes[i % prefixes.length] as string;
      const length = 13 + (i % 7);
      const card = makeCard(prefix, length, random);
      for (const written of [card, groupCard(card), groupCard(card, "-")]) {
        expect(found(`Paiement par ${written}.`)).toEqual([["PAYMENT_CARD", written]]);
      }
      const wrong = makeCard(prefix, length, random, false);
      expect(
        detectPersonalData(`Paiement par ${groupCard(wrong)}.`).filter((f) => f.type === "PAYMENT_CARD"),
      ).toEqual([]);
    }
  });

  it("finds a card followed by its expiry date or a word", () => {
    expect(found("carte 4111 1111 1111 1111 12/27")).toEqual([["PAYMENT_CARD", "4111 1111 1111 1111"]]);
    expect(found("carte 4111 1111 1111 1111 exp 12 27")).toEqual([["PAYMENT_CARD", "4111 1111 1111 1111"]]);
  });

  it("reads a card-like run of groups as one number: a Luhn-valid start is not enough", () => {
    expect(found("réf 4111 1111 1111 1111 12")).toEqual([]);
  });

  it("ignores Luhn-valid numbers of the wrong length or grouping", () => {
    const twelve = makeCard("4", 12, random);
    expect(found(`réf ${twelve}`)).toEqual([]);
    const twenty = makeCard("4", 20, random);
    expect(found(`réf ${twenty}`)).toEqual([]);
    const card = makeCard("4", 16, random);
    const oddGroups = `${card.slice(0, 3)} ${card.slice(3, 9)} ${card.slice(9)}`;
    expect(found(`réf ${oddGroups}`)).toEqual([]);
  });
});
