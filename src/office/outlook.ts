/**
 * Outlook adapter, read and compose: subject, body as text (converted from HTML when the Text coercion is
 * poor), recipient count, attachment names and reply / forward hints.
 */
import type { HostContext, HostMode } from "../core/types";
import { HostReadError, guardHostRead } from "./errors";
import { officeGlobals } from "./globals";
import { htmlToText } from "./html-to-text";
import { mailHints } from "./mail-hints";
import {
  fromAsync,
  type AsyncGettable,
  type AttachmentLike,
  type EmailAddressLike,
  type OfficeApiLike,
  type OutlookItemLike,
} from "./seam";
import { boundText, normalizeHostText, resolveMaxChars, type ReadContextOptions } from "./text";

/** Below this many characters, the Text coercion is considered poor and the HTML body is tried too. */
export const POOR_TEXT_CHARS = 40;

function isGettable<T>(value: unknown): value is AsyncGettable<T> {
  return (
    typeof value === "object" && value !== null && typeof (value as AsyncGettable<T>).getAsync === "function"
  );
}

/** In read mode `subject` is a string; in compose mode it is an object with `getAsync`. */
export function outlookMode(item: OutlookItemLike): HostMode {
  return isGettable(item.subject) ? "compose" : "read";
}

export function currentItem(office: OfficeApiLike): OutlookItemLike {
  const item = office.context.mailbox?.item;
  if (!item) throw new HostReadError("no_item");
  return item;
}

async function readSubject(office: OfficeApiLike, item: OutlookItemLike): Promise<string> {
  const subject = item.subject;
  if (typeof subject === "string") return subject;
  return (await fromAsync<string>(office, (cb) => subject.getAsync(cb))) ?? "";
}

async function readRecipients(
  office: OfficeApiLike,
  field: OutlookItemLike["to"] | OutlookItemLike["cc"],
): Promise<EmailAddressLike[]> {
  if (!field) return [];
  if (Array.isArray(field)) return field;
  if (isGettable<EmailAddressLike[]>(field)) {
    return (await fromAsync<EmailAddressLike[]>(office, (cb) => field.getAsync(cb))) ?? [];
  }
  return [];
}

async function readSender(office: OfficeApiLike, item: OutlookItemLike): Promise<EmailAddressLike[]> {
  const from = item.from;
  if (!from) return [];
  if (!isGettable<EmailAddressLike>(from)) return [from];
  try {
    const sender = await fromAsync<EmailAddressLike>(office, (cb) => from.getAsync(cb));
    return sender ? [sender] : [];
  } catch {
    return []; // A hint for the privacy guard only: the message still reads without it.
  }
}

/** Display names Outlook gives for the sender and recipients: the privacy guard knows them as people. */
function peopleOf(addresses: readonly EmailAddressLike[]): string[] {
  const names = addresses
    .map((a) => (a.displayName ?? "").trim())
    .filter((name) => name !== "" && !name.includes("@"));
  return [...new Set(names)];
}

async function attachmentNames(office: OfficeApiLike, item: OutlookItemLike): Promise<string[]> {
  let attachments: AttachmentLike[] = [];
  if (Array.isArray(item.attachments)) attachments = item.attachments;
  else if (typeof item.getAttachmentsAsync === "function") {
    const getAttachments = item.getAttachmentsAsync.bind(item);
    attachments = (await fromAsync<AttachmentLike[]>(office, (cb) => getAttachments(cb))) ?? [];
  }
  // Inline images (signatures, logos) are not what the user means by "attachments".
  return attachments.filter((a) => !a.isInline).map((a) => a.name);
}

/** HTML beyond this many times maxChars is not converted: the text would be cut anyway. */
const HTML_PER_TEXT_CHAR = 20;

/** Text coercion first; HTML converted to text when Text is empty, too short, or failed. */
async function readBody(office: OfficeApiLike, item: OutlookItemLike, maxChars: number): Promise<string> {
  let text = "";
  let textError: unknown;
  try {
    text = normalizeHostText(
      (await fromAsync<string>(office, (cb) => item.body.getAsync(office.CoercionType.Text, cb))) ?? "",
    );
  } catch (error) {
    textError = error;
  }
  if (text.length >= POOR_TEXT_CHARS) return text;
  try {
    const html =
      (await fromAsync<string>(office, (cb) => item.body.getAsync(office.CoercionType.Html, cb))) ?? "";
    const converted = normalizeHostText(htmlToText(html.slice(0, maxChars * HTML_PER_TEXT_CHAR)));
    return converted.length > text.length ? converted : text;
  } catch {
    if (textError !== undefined) throw textError;
    return text;
  }
}

async function composeType(office: OfficeApiLike, item: OutlookItemLike): Promise<string | undefined> {
  if (typeof item.getComposeTypeAsync !== "function") return undefined;
  const getComposeType = item.getComposeTypeAsync.bind(item);
  try {
    return (await fromAsync<{ composeType: string }>(office, (cb) => getComposeType(cb)))?.composeType;
  } catch {
    return undefined; // A hint only: the subject prefix still tells replies apart.
  }
}

export async function readContext(
  options: ReadContextOptions = {},
  office: OfficeApiLike | undefined = officeGlobals().Office,
): Promise<HostContext> {
  if (!office) throw new HostReadError("host_read_failed", { detail: "Office API unavailable" });
  const maxChars = resolveMaxChars(options);
  const item = currentItem(office);
  const mode = outlookMode(item);
  return guardHostRead(async () => {
    const subject = (await readSubject(office, item)).trim();
    const body = await readBody(office, item, maxChars);
    const [to, cc, sender, attachments, kind] = await Promise.all([
      readRecipients(office, item.to),
      readRecipients(office, item.cc),
      readSender(office, item),
      attachmentNames(office, item),
      mode === "compose" ? composeType(office, item) : Promise.resolve(undefined),
    ]);
    const { text, truncated } = boundText(body, maxChars);
    return {
      host: "outlook",
      mode,
      title: subject,
      text,
      truncated,
      isSelection: false,
      tables: [],
      meta: {
        recipientCount: to.length + cc.length,
        attachmentNames: attachments,
        people: peopleOf([...sender, ...to, ...cc]),
        ...mailHints(subject, body, kind),
      },
    } satisfies HostContext;
  });
}
