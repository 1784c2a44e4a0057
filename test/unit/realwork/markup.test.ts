import { answerBlocks, answerToHtml, answerToPlainText } from "../../../src/core/realwork/markup";

describe("answer markup", () => {
  it("keeps paragraphs, bullet and numbered lists and bold as HTML", () => {
    const answer = [
      "Bonjour Madame Martin,",
      "",
      "Voici les **trois points** retenus :",
      "- délai cible : 5 jours",
      "- courrier mis à jour",
      "",
      "1. Valider le modèle",
      "2. Informer l'équipe",
      "",
      "Cordialement,",
      "Jean Dupont",
    ].join("\n");
    expect(answerToHtml(answer)).toBe(
      "<p>Bonjour Madame Martin,</p>" +
        "<p>Voici les <b>trois points</b> retenus :</p>" +
        "<ul><li>délai cible : 5 jours</li><li>courrier mis à jour</li></ul>" +
        "<ol><li>Valider le modèle</li><li>Informer l&#39;équipe</li></ol>" +
        "<p>Cordialement,<br>Jean Dupont</p>",
    );
  });

  it("escapes everything else: markup in an answer is text, never HTML", () => {
    const html = answerToHtml('<img src=x onerror="alert(1)"> & <script>x</script>');
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).toBe(
      "<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;script&gt;x&lt;/script&gt;</p>",
    );
  });

  it("leaves an unpaired bold marker as typed", () => {
    expect(answerToHtml("2 ** 3 = 8")).toBe("<p>2 ** 3 = 8</p>");
    expect(answerToHtml("**a** et **b**")).toBe("<p><b>a</b> et <b>b</b></p>");
  });

  it("turns a Markdown table into an HTML table and a heading into a bold line", () => {
    const answer =
      "## Synthèse\n\n| Motif | Nombre |\n|---|---:|\n| Pièce manquante | 12 |\n| Hors délai | 3 |";
    expect(answerBlocks(answer)).toEqual([
      { kind: "heading", text: "Synthèse" },
      {
        kind: "table",
        rows: [
          ["Motif", "Nombre"],
          ["Pièce manquante", "12"],
          ["Hors délai", "3"],
        ],
      },
    ]);
    expect(answerToHtml(answer)).toContain('<table border="1"><tr><th>Motif</th><th>Nombre</th></tr>');
  });

  it("keeps a numbered list's first number and joins an indented continuation to its item", () => {
    expect(answerToHtml("3. trois\n   suite\n4. quatre")).toBe(
      '<ol start="3"><li>trois suite</li><li>quatre</li></ol>',
    );
  });

  it("writes plain text without markers, lists as lines and tables as tab-separated rows", () => {
    const answer = "**Objet** : relance\n\n* un\n* deux\n\n| a | b |\n| - | - |\n| 1 | 2 |";
    expect(answerToPlainText(answer)).toBe("Objet : relance\n\n- un\n- deux\n\na\tb\n1\t2");
  });

  it("reads Windows line ends and code fences as text", () => {
    expect(answerBlocks("```\n=SOMME(A1:A3)\n```\r\nFin")).toEqual([
      { kind: "paragraph", lines: ["=SOMME(A1:A3)"] },
      { kind: "paragraph", lines: ["Fin"] },
    ]);
  });
});
