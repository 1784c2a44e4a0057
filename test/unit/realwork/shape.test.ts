import {
  answerFormula,
  answerRows,
  answerTable,
  isEnglishFormula,
  sheetCell,
  writeKindsFor,
} from "../../../src/core/realwork/shape";

describe("answer shape", () => {
  it("finds a Markdown table inside prose", () => {
    const answer =
      "Voici le tableau :\n\n| Motif | Nombre |\n|:--|--:|\n| **Pièce** manquante | 12 |\n| Hors délai |\n\nÀ vérifier.";
    expect(answerTable(answer)).toEqual([
      ["Motif", "Nombre"],
      ["Pièce manquante", "12"],
      ["Hors délai", ""],
    ]);
  });

  it("reads tab- and semicolon-separated lines, quotes included", () => {
    expect(answerTable("Mois\tMontant\nJanvier\t1 250,50")).toEqual([
      ["Mois", "Montant"],
      ["Janvier", "1 250,50"],
    ]);
    expect(answerTable('Nom;Motif\n"Durand; Paul";"Pièce ""B"" manquante"')).toEqual([
      ["Nom", "Motif"],
      ["Durand; Paul", 'Pièce "B" manquante'],
    ]);
  });

  it("does not take prose with commas or semicolons for a table", () => {
    expect(
      answerTable("Bonjour, merci pour votre message.\nNous revenons vers vous, promis."),
    ).toBeUndefined();
    expect(
      answerTable(
        "Voici la réponse ; elle est courte. Merci.\nJe reste disponible ; bonne journée. À bientôt.",
      ),
    ).toBeUndefined();
    expect(answerTable("Un seul paragraphe sans tableau.")).toBeUndefined();
  });

  it("accepts comma-separated lines when they are the whole answer", () => {
    expect(answerTable("Mois,Total\nJanvier,12\nFévrier,9")).toEqual([
      ["Mois", "Total"],
      ["Janvier", "12"],
      ["Février", "9"],
    ]);
  });

  it("finds a formula alone, in its code block, in inline code or on its own line", () => {
    expect(answerFormula("  =SOMME(B2:B9)  ")).toBe("=SOMME(B2:B9)");
    expect(answerFormula('Utilisez :\n```excel\n=NB.SI(C2:C50;"Refusé")\n```\nElle compte les refus.')).toBe(
      '=NB.SI(C2:C50;"Refusé")',
    );
    expect(answerFormula("Tapez `=MOYENNE(D2:D20)` dans la cellule.")).toBe("=MOYENNE(D2:D20)");
    expect(answerFormula("La formule :\n\n=SUM(A1:A3)\n\nrenvoie le total.")).toBe("=SUM(A1:A3)");
  });

  it("gives no formula when there is none or more than one", () => {
    expect(answerFormula("Le total est de 12.")).toBeUndefined();
    expect(answerFormula("=A1\n=A2")).toBeUndefined();
    expect(answerFormula("`=A1` ou `=A2`")).toBeUndefined();
    expect(answerFormula("=")).toBeUndefined();
  });

  it("turns lines, list items and headings into rows", () => {
    expect(answerRows("# Actions\n\n- Relancer M. Durand\n- **Clore** le dossier\n\nFin")).toEqual([
      "Actions",
      "Relancer M. Durand",
      "Clore le dossier",
      "Fin",
    ]);
  });

  it("writes numbers as numbers in the answer's language and formula-like text as text", () => {
    expect(sheetCell("1 250,50", "fr")).toBe(1250.5);
    expect(sheetCell("1\u202f250,50 €", "fr")).toBe(1250.5);
    expect(sheetCell("1.250", "fr")).toBe(1250);
    expect(sheetCell("1,250.75", "en")).toBe(1250.75);
    expect(sheetCell("12,5 %", "fr")).toBe(0.125);
    expect(sheetCell("-3", "en")).toBe(-3);
    expect(sheetCell('=HYPERLINK("http://x")', "fr")).toBe('\'=HYPERLINK("http://x")');
    expect(sheetCell("- reste à faire", "fr")).toBe("'- reste à faire");
    expect(sheetCell("Dossier 12", "fr")).toBe("Dossier 12");
    expect(sheetCell("12/03/2024", "fr")).toBe("12/03/2024");
  });

  it("offers what each host allows, by the answer's shape in Excel", () => {
    expect(writeKindsFor("word", "edit", "Texte")).toEqual(["insert", "replace", "copy"]);
    expect(writeKindsFor("outlook", "read", "Texte")).toEqual(["reply", "copy"]);
    expect(writeKindsFor("outlook", "compose", "Texte")).toEqual(["insert", "copy"]);
    expect(writeKindsFor("excel", "edit", "=SOMME(A1:A3)")).toEqual(["formula", "copy"]);
    expect(writeKindsFor("excel", "edit", "| a | b |\n|---|---|\n| 1 | 2 |")).toEqual(["table", "copy"]);
    expect(writeKindsFor("excel", "edit", "Une ligne\nUne autre")).toEqual(["values", "copy"]);
    expect(writeKindsFor("word", "edit", "  ")).toEqual([]);
  });
});

describe("isEnglishFormula", () => {
  it("tells Excel's English function names from French ones", () => {
    expect(isEnglishFormula("=SUM(B2:B9)")).toBe(true);
    expect(isEnglishFormula("=iferror(vlookup(A2;T!A:B;2;0);0)")).toBe(true);
    expect(isEnglishFormula("=SOMME(B2:B9)")).toBe(false);
    expect(isEnglishFormula('=SI(B2>10;"oui";"non")')).toBe(false);
    expect(isEnglishFormula("=B2*1.2")).toBe(false);
  });
});
