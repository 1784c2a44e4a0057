/**
 * HTML → plain text for email bodies, without ever assigning untrusted markup to `innerHTML`.
 *
 * In a browser, `DOMParser` builds an inert document (no scripts run, no images load) that we walk. Without
 * a DOM (tests, workers) a linear scanner strips tags. Both put line breaks at block boundaries, tabs between
 * table cells and "- " before list items, and drop script, style, head and template content.
 */

const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "div",
  "dl",
  "dt",
  "dd",
  "fieldset",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
  "li",
  "center",
]);
const isParagraph = (tag: string): boolean => tag === "p" || /^h[1-6]$/.test(tag);
const SKIPPED_TAGS = new Set([
  "script",
  "style",
  "head",
  "template",
  "noscript",
  "title",
  "object",
  "iframe",
  "svg",
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  agrave: "à",
  acirc: "â",
  ccedil: "ç",
  ocirc: "ô",
  ucirc: "û",
  ugrave: "ù",
  icirc: "î",
  iuml: "ï",
  euml: "ë",
  Eacute: "É",
  Egrave: "È",
  Agrave: "À",
  Ccedil: "Ç",
  laquo: "«",
  raquo: "»",
  euro: "€",
  rsquo: "’",
  lsquo: "‘",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
  ndash: "–",
  mdash: "—",
  deg: "°",
  oelig: "œ",
  copy: "©",
  reg: "®",
  middot: "·",
  bull: "•",
  shy: "",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (match, entity: string) => {
    if (entity[0] === "#") {
      const code =
        entity[1] === "x" || entity[1] === "X"
          ? parseInt(entity.slice(2), 16)
          : parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : match;
    }
    return NAMED_ENTITIES[entity] ?? NAMED_ENTITIES[entity.toLowerCase()] ?? match;
  });
}

// Block boundaries are marked while walking and resolved at the end, so nested blocks ("</li><li>",
// "</p></div>") give one line break, and paragraphs or headings give one blank line.
const BLOCK = "\ue000"; // private-use characters: never meaningful in an email body
const PARAGRAPH = "\ue001";

/**
 * Resolves block marks and collapses spaces inside lines, like a browser renders whitespace. Every pattern
 * starts at a fixed character and consumes its run, so the work stays linear in the input.
 */
function tidy(text: string): string {
  return text
    .replace(/[\ue000\ue001][\ue000\ue001\s]*/g, (run) => (run.includes(PARAGRAPH) ? "\n\n" : "\n"))
    .replace(/[ \f\r\u00a0]+/g, " ")
    .split("\n")
    .map((line) =>
      line
        .replace(/^ /, "")
        .replace(/ ?\t ?/g, "\t")
        .trimEnd(),
    )
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

interface DomLike {
  parseFromString(html: string, type: "text/html"): { body: NodeLike | null };
}
interface NodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** The DOM route: walk an inert parsed document. */
function domToText(root: NodeLike): string {
  const out: string[] = [];
  const walk = (node: NodeLike): void => {
    if (node.nodeType === 3) {
      out.push((node.nodeValue ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === "br") {
      out.push("\n");
      return;
    }
    const mark = isParagraph(tag) ? PARAGRAPH : BLOCK_TAGS.has(tag) ? BLOCK : "";
    out.push(mark);
    if (tag === "li") out.push("- ");
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child) walk(child);
    }
    if (tag === "td" || tag === "th") out.push("\t");
    out.push(mark);
  };
  walk(root);
  return tidy(out.join(""));
}

/** The fallback route: one left-to-right pass, every search moves forward, so time is linear in the input. */
export function stripTags(html: string): string {
  // ASCII-only lowercasing keeps indexes aligned with `html` (full Unicode lowercasing can change lengths).
  const lower = html.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  const out: string[] = [];
  let i = 0;
  let gt = -1; // the next ">" at or after the current "<"; reused so runs of stray "<" stay linear
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (lower.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (gt <= lt) gt = html.indexOf(">", lt + 1);
    if (gt === -1) {
      // A lone "<" in text, not a tag.
      out.push(html.slice(lt));
      break;
    }
    const tagMatch = /^<\s*(\/?)\s*([a-z][a-z0-9:-]*)/.exec(lower.slice(lt, Math.min(gt + 1, lt + 64)));
    if (!tagMatch) {
      out.push("<");
      i = lt + 1;
      continue;
    }
    const closing = tagMatch[1] === "/";
    const tag = tagMatch[2] ?? "";
    i = gt + 1;
    if (!closing && SKIPPED_TAGS.has(tag)) {
      const end = lower.indexOf(`</${tag}`, i);
      if (end === -1) break;
      gt = html.indexOf(">", end);
      i = gt === -1 ? html.length : gt + 1;
      continue;
    }
    if (tag === "br") out.push("\n");
    else if (isParagraph(tag)) out.push(PARAGRAPH);
    else if (BLOCK_TAGS.has(tag)) out.push(BLOCK);
    else if (closing && (tag === "td" || tag === "th")) out.push("\t");
    if (!closing && tag === "li") out.push("- ");
  }
  // Whitespace in HTML source is not layout: it becomes single spaces; tags alone add line breaks.
  const text = out
    .map((chunk) => (chunk === "\n" || chunk === "\t" ? chunk : chunk.replace(/\s+/g, " ")))
    .join("");
  return tidy(decodeEntities(text));
}

export interface HtmlToTextOptions {
  /** Inject a parser (tests) or pass `null` to force the tag-stripping route. */
  domParser?: DomLike | null;
}

export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const parser = options.domParser === undefined ? defaultDomParser() : options.domParser;
  if (parser) {
    try {
      const body = parser.parseFromString(html, "text/html").body;
      if (body) return domToText(body);
    } catch {
      // A parser failure is not the user's problem: fall through to the scanner.
    }
  }
  return stripTags(html);
}

function defaultDomParser(): DomLike | null {
  const Ctor = (globalThis as { DOMParser?: new () => DomLike }).DOMParser;
  return Ctor ? new Ctor() : null;
}
