/**
 * One simulated host's code: its fake Office objects and the adapter that reads them (the same as inside
 * Office). Each host comes as its own chunk, and each sample as its own (./samples/load.ts), fetched when
 * the preview first shows them: opening on an Outlook message fetches nothing of Word or Excel, nor any
 * other message.
 */
import type { Host, HostContext } from "../../core/types";
import type { WriteOutcome, WriteRequest } from "../insert";
import type { ReadContextOptions } from "../text";
import type { PreviewDocumentView } from "./document";
import type { PreviewWrites } from "./writes";
import type { PreviewSample } from "./samples/types";

export interface PreviewKit {
  host: Host;
  read(
    sample: PreviewSample,
    options: ReadContextOptions,
    displayLanguage: string,
    writes: PreviewWrites,
  ): Promise<HostContext>;
  write(
    sample: PreviewSample,
    writes: PreviewWrites,
    request: WriteRequest,
    displayLanguage: string,
  ): Promise<WriteOutcome>;
  /** The simulated document as the preview page shows it, with what was written into it. */
  view(sample: PreviewSample, writes: PreviewWrites): PreviewDocumentView;
}

const kits = new Map<Host, Promise<PreviewKit>>();

function fetchKit(host: Host): Promise<PreviewKit> {
  switch (host) {
    case "word":
      return import(/* webpackChunkName: "preview-word" */ "./kits/word").then((m) => m.wordKit);
    case "excel":
      return import(/* webpackChunkName: "preview-excel" */ "./kits/excel").then((m) => m.excelKit);
    case "outlook":
      return import(/* webpackChunkName: "preview-outlook" */ "./kits/outlook").then((m) => m.outlookKit);
  }
}

/** The host's kit, fetched once; a failed fetch is not kept, so asking again retries. */
export function previewKit(host: Host): Promise<PreviewKit> {
  let pending = kits.get(host);
  if (!pending) {
    pending = fetchKit(host).catch((err: unknown) => {
      kits.delete(host);
      throw err;
    });
    kits.set(host, pending);
  }
  return pending;
}
