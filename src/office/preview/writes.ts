/**
 * What the pane has written into the simulated documents of the preview host, per sample. The fakes
 * (./fakes/) record writes here through the same Office.js calls real Office receives; ./document.ts
 * turns them into the view the preview page shows.
 */
export interface PreviewCell {
  value: unknown;
  /** What the cell shows. */
  text: string;
  formula: unknown;
}

/** Writes into one sample's document. */
export interface PreviewWrites {
  /** Word: HTML put at the cursor (the end of the document in the preview). */
  word: string[];
  /** Outlook compose: text put at the cursor (the top of the message), as written. */
  mail: Array<{ data: string; coercion: string }>;
  /** Outlook read: reply forms opened, HTML bodies. */
  replies: string[];
  /** Excel: cells written, by "row,column" (0-based). */
  cells: Map<string, PreviewCell>;
}

export function emptyWrites(): PreviewWrites {
  return { word: [], mail: [], replies: [], cells: new Map() };
}

export function writeCount(writes: PreviewWrites): number {
  return writes.word.length + writes.mail.length + writes.replies.length + (writes.cells.size > 0 ? 1 : 0);
}
