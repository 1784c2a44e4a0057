import { found } from "./helpers";

describe("French phone numbers", () => {
  it.each([
    "06 12 34 56 78",
    "06.12.34.56.78",
    "06-12-34-56-78",
    "0612345678",
    "01 23 45 67 89",
    "09 70 80 90 10",
    "+33 6 12 34 56 78",
    "+33612345678",
    "+33 (0)1 23 45 67 89",
    "+33 1.23.45.67.89",
    "0033 6 12 34 56 78",
    "0033612345678",
    "06\u00a012\u00a034\u00a056\u00a078",
  ])("finds %j", (phone) => {
    expect(found(`Rappeler le ${phone} demain.`)).toEqual([["PHONE", phone]]);
    expect(found(`Tél.:${phone}`)).toEqual([["PHONE", phone]]);
  });

  it.each([
    "00 12 34 56 78", // no 00 area
    "6 12 34 56 78", // trunk 0 missing
    "06 12 34 56 7", // nine digits
    "06 12 34 56 78 9", // one more group makes it another number
    "+33 6 12 34 56 78 9",
    "12 06 12 34 56 78", // starts inside a longer number
    "0 6 12 34 56 78", // the trunk 0 is never written alone
    "06 12-34.56 78", // mixed separators
    "+44 20 7946 0958", // not a French number
    "061234567890",
  ])("ignores %s", (decoy) => {
    expect(found(`Numéro ${decoy} fin`).filter(([type]) => type === "PHONE")).toEqual([]);
  });
});

describe("e-mail addresses", () => {
  it.each([
    "jean.dupont@mutuelle-exemple.fr",
    "j.dupont+sinistres@exemple.co.uk",
    "marie_o'hara@exemple.ie",
    "CONTACT@EXEMPLE.COM",
    "a@b.io",
  ])("finds %s", (email) => {
    expect(found(`Écrire à ${email}.`)).toEqual([["EMAIL", email]]);
    expect(found(`<${email}>`)).toEqual([["EMAIL", email]]);
  });

  it.each([
    "jean@localhost",
    "@dupont",
    "jean@",
    "jean@@exemple.fr",
    "jean@exemple.f",
    "jean..d@exemple.fr",
    "a@-x.fr",
  ])("ignores %s", (decoy) => {
    expect(found(`contact ${decoy} fin`)).toEqual([]);
  });

  it("keeps the e-mail when digits inside it look like a phone number", () => {
    expect(found("0612345678@sms.exemple.fr")).toEqual([["EMAIL", "0612345678@sms.exemple.fr"]]);
  });

  it("finds several addresses separated by commas or semicolons", () => {
    expect(found("a@x.fr,b@y.fr;c@z.com")).toEqual([
      ["EMAIL", "a@x.fr"],
      ["EMAIL", "b@y.fr"],
      ["EMAIL", "c@z.com"],
    ]);
  });
});
