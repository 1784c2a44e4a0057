/**
 * Reply / forward hints for emails, in French and English clients' conventions.
 */

const REPLY_PREFIXES = new Set(["re", "ré", "aw", "rif", "sv", "antw", "réf"]);
const FORWARD_PREFIXES = new Set(["tr", "fw", "fwd", "wg", "enc", "rv"]);

/** "RE: TR: Fwd: Objet" → ["re", "tr", "fwd"]; tolerates the French space before the colon and "RE[2]:". */
export function subjectPrefixes(subject: string): string[] {
  const prefixes: string[] = [];
  const pattern = /^\s*([a-zé]{1,4})\s?(?:\[\d{1,3}\]|\(\d{1,3}\))?\s?:\s*/i;
  let rest = subject;
  for (let i = 0; i < 10; i++) {
    const match = pattern.exec(rest);
    const word = match?.[1]?.toLowerCase();
    if (!match || !word || !(REPLY_PREFIXES.has(word) || FORWARD_PREFIXES.has(word))) break;
    prefixes.push(word);
    rest = rest.slice(match[0].length);
  }
  return prefixes;
}

/** Quoted-history markers at the start of a line (Outlook, Gmail, Apple Mail, Thunderbird; FR and EN). */
const HISTORY_MARKERS: RegExp[] = [
  /^-{2,}\s*(?:original message|message d'origine|message original|forwarded message|message transféré)\s*-{2,}/im,
  /^_{10,}\s*$/m, // Outlook's separator line before a quoted header block
  /^(?:le|on)\s.{1,120}\s(?:a écrit|wrote)\s?:\s*$/im,
  /^>\s?\S/m,
];
/** A quoted header block: "De :/From:" followed within three lines by "Envoyé :/Sent:/Date :/Objet :…". */
const HEADER_BLOCK =
  /^(?:de|from)\s?:[^\n]*\n(?:[^\n]*\n){0,3}?(?:envoyé|sent|date|à|to|objet|subject)\s?:/im;

export function hasQuotedHistory(body: string): boolean {
  return HEADER_BLOCK.test(body) || HISTORY_MARKERS.some((marker) => marker.test(body));
}

export interface MailHints {
  isReply: boolean;
  isForward: boolean;
  hasQuotedHistory: boolean;
}

/**
 * The outermost subject prefix says what this message is ("RE: TR: x" is a reply to a forward).
 * `composeType` (Outlook compose, Mailbox 1.10) wins when known.
 */
export function mailHints(subject: string, body: string, composeType?: string): MailHints {
  const first = subjectPrefixes(subject)[0];
  let isReply = first !== undefined && REPLY_PREFIXES.has(first);
  let isForward = first !== undefined && FORWARD_PREFIXES.has(first);
  if (composeType === "reply") [isReply, isForward] = [true, false];
  else if (composeType === "forward") [isReply, isForward] = [false, true];
  return { isReply, isForward, hasQuotedHistory: hasQuotedHistory(body) };
}
