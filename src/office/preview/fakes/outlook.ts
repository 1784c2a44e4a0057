/** A minimal in-memory Office with an Outlook item built from a preview sample (the seam of ../../seam.ts only). */
import { htmlToText } from "../../html-to-text";
import { emptyWrites, type PreviewWrites } from "../writes";
import type {
  AsyncCallback,
  AttachmentLike,
  EmailAddressLike,
  OfficeApiLike,
  OutlookItemLike,
} from "../../seam";
import type { OutlookSampleContent, PreviewSample } from "../samples/types";

/** Office calls back asynchronously; a resolved promise keeps that order without timers, even fake ones. */
function later<T>(callback: AsyncCallback<T>, value: T): void {
  void Promise.resolve().then(() => callback({ status: "succeeded", value }));
}

function fakeItem(content: OutlookSampleContent, compose: boolean, writes: PreviewWrites): OutlookItemLike {
  const recipients = (names: string[] = []): EmailAddressLike[] =>
    names.map((displayName) => ({
      displayName,
      emailAddress: `${displayName.toLowerCase().replace(/\W+/g, ".")}@mutuelle.example`,
    }));
  const attachments: AttachmentLike[] = (content.attachments ?? []).map((name) => ({
    name,
    isInline: false,
  }));
  const gettable = <T>(value: T) => ({ getAsync: (callback: AsyncCallback<T>) => later(callback, value) });
  const body = {
    getAsync: (coercion: string, callback: AsyncCallback<string>) =>
      later(callback, coercion === "html" ? content.bodyHtml : htmlToText(content.bodyHtml)),
  };
  if (!compose) {
    return {
      displayReplyForm: (form) =>
        void writes.replies.push(typeof form === "string" ? form : (form.htmlBody ?? "")),
      subject: content.subject,
      body,
      from: recipients([content.from])[0],
      to: recipients(content.to),
      cc: recipients(content.cc),
      attachments,
    };
  }
  return {
    subject: gettable(content.subject),
    body: {
      ...body,
      getTypeAsync: (callback) => later(callback, "html"),
      setSelectedDataAsync: (data, options, callback) => {
        writes.mail.push({ data, coercion: options.coercionType });
        later(callback, undefined);
      },
    },
    from: gettable(recipients([content.from])[0] ?? {}),
    to: gettable(recipients(content.to)),
    cc: gettable(recipients(content.cc)),
    getAttachmentsAsync: (callback) => later(callback, attachments),
    getComposeTypeAsync: (callback) => later(callback, { composeType: content.composeType ?? "newMail" }),
  };
}

export function fakeOffice(
  sample: PreviewSample,
  displayLanguage: string,
  writes: PreviewWrites = emptyWrites(),
): OfficeApiLike {
  const item =
    sample.content.kind === "outlook" ? fakeItem(sample.content, sample.mode === "compose", writes) : null;
  return {
    context: {
      displayLanguage,
      requirements: { isSetSupported: () => false },
      mailbox: { item },
    },
    CoercionType: { Text: "text", Html: "html" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
}
