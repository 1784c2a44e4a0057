import { decodeEntities, htmlToText, stripTags } from "../../../src/office/html-to-text";

/** A minimal inert DOM tree, the shape DOMParser returns, to run the browser route without a browser. */
type FakeNode = { nodeType: number; nodeName: string; nodeValue: string | null; childNodes: FakeNode[] };
const el = (name: string, ...children: (FakeNode | string)[]): FakeNode => ({
  nodeType: 1,
  nodeName: name.toUpperCase(),
  nodeValue: null,
  childNodes: children.map((c) =>
    typeof c === "string" ? { nodeType: 3, nodeName: "#text", nodeValue: c, childNodes: [] } : c,
  ),
});
const fakeParser = (body: FakeNode) => ({ parseFromString: () => ({ body }) });

const html =
  "<div>Bonjour Madame,</div><div><br></div><p>Votre dossier   est\n en cours.</p>" +
  "<table><tr><td>Acte</td><td>Montant</td></tr><tr><td>Pharmacie</td><td>12,50&nbsp;€</td></tr></table>" +
  "<ul><li>Ordonnance</li><li>Facture</li></ul><!-- <p>caché</p> --><style>.x{}</style>Cordialement";
const expected =
  "Bonjour Madame,\n\nVotre dossier est en cours.\n\nActe\tMontant\nPharmacie\t12,50 €\n- Ordonnance\n- Facture\nCordialement";

describe("htmlToText", () => {
  it("turns blocks into lines, cells into tabs and list items into dashes without a DOM", () => {
    expect(htmlToText(html, { domParser: null })).toBe(expected);
  });

  it("gives the same text through the DOMParser route", () => {
    const body = el(
      "body",
      el("div", "Bonjour Madame,"),
      el("div", el("br")),
      el("p", "Votre dossier   est\n en cours."),
      el(
        "table",
        el("tr", el("td", "Acte"), el("td", "Montant")),
        el("tr", el("td", "Pharmacie"), el("td", "12,50\u00a0€")),
      ),
      el("ul", el("li", "Ordonnance"), el("li", "Facture")),
      { nodeType: 8, nodeName: "#comment", nodeValue: "<p>caché</p>", childNodes: [] },
      el("style", ".x{}"),
      "Cordialement",
    );
    expect(htmlToText("ignored", { domParser: fakeParser(body) })).toBe(expected);
  });

  it("drops scripts, styles and the head, and keeps text that only looks like markup", () => {
    expect(stripTags("<head><title>T</title></head><SCRIPT>alert('x')</SCRIPT><p>3 < 5 &lt;b&gt;</p>")).toBe(
      "3 < 5 <b>",
    );
    expect(stripTags("<p>Début<script>jamais fermé")).toBe("Début");
  });

  it("decodes named and numeric entities and leaves unknown ones alone", () => {
    expect(decodeEntities("&eacute;t&eacute; &#8364; &#x20AC; &amp;copy; &zzz; &#0;")).toBe(
      "été € € &copy; &zzz; &#0;",
    );
  });

  it("stays linear on hostile input", () => {
    const strays = "< ".repeat(50_000) + ">";
    expect(stripTags(strays).length).toBeGreaterThan(50_000);
    expect(stripTags("<!--".repeat(50_000))).toBe("");
    expect(stripTags("<td>\t".repeat(20_000)).trim()).toBe("");
  });
});
