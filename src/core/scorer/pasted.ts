import type { Span } from "./analyze";

/**
 * A letter or email pasted into the prompt without delimiters ("Bonjour, je vous écris… Cordialement."):
 * its requests ("Pouvez-vous me dire…") are the sender's, not the learner's, so the scorer reads it as
 * material. Found by its greeting at the start of a line and its last sign-off; both patterns use
 * bounded repetitions and run once over the text (linear).
 */
const GREETING =
  /(?:^|\n)[ \t]*(?:bonjour|bonsoir|madame|monsieur|ch[eè]re?s?|hello|hi|dear|good (?:morning|afternoon))\b[^\n]{0,80}/gi;
const SIGN_OFF =
  /(?:cordialement|bien (?:à|a) vous|(?:sinc[eè]res |meilleures )?salutations(?: distingu[ée]es)?|kind regards|best regards|warm regards|regards|yours sincerely|yours faithfully|sincerely|best wishes)\b[^\n]{0,60}(?:\n[ \t]*[^\n\s][^\n]{0,60}){0,2}/gi;

/** Pasted letters this long or longer are material; a short polite prompt is not. */
const MIN_LETTER = 250;

export function findPastedLetter(prompt: string, isInstruction: (span: Span) => boolean): Span | null {
  GREETING.lastIndex = 0;
  const greeting = GREETING.exec(prompt);
  if (!greeting) return null;
  const start = greeting.index + (greeting[0].startsWith("\n") ? 1 : 0);
  SIGN_OFF.lastIndex = start;
  let last: RegExpExecArray | null = null;
  for (let m = SIGN_OFF.exec(prompt); m !== null; m = SIGN_OFF.exec(prompt)) last = m;
  if (!last) return null;
  // The sign-off's name lines end at a blank line: what follows is the learner's instruction.
  let end = last.index + last[0].length;
  const blankLine = prompt.slice(last.index, end).indexOf("\n\n");
  if (blankLine >= 0) end = last.index + blankLine;
  const span = { start, end };
  if (end - start < MIN_LETTER) return null;
  // A polite prompt that opens with "Bonjour" and tells the assistant what to do is the learner's own.
  return isInstruction(span) ? null : span;
}
