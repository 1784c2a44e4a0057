/** Content of the preview sample `late-reimbursement-en` (outlook): fetched on its own, when the preview shows it. */
import type { PreviewSampleContent } from "../types";

const p = (text: string) => `<p>${text}</p>`;

export const lateReimbursementEn: PreviewSampleContent = {
  kind: "outlook",
  subject: "RE: Reimbursement for my physiotherapy sessions",
  from: "Claire Fontaine",
  to: ["Claims Department"],
  attachments: ["physio-invoice-february.pdf", "prescription.pdf"],
  bodyHtml: [
    p("Hello,"),
    p(
      "I am following up on my claim: on 10 February I sent the invoice for my 8 physiotherapy sessions " +
        "(€384.00) and I still have not received any reimbursement from the mutual, although the national health " +
        "insurance paid its share on 18 February.",
    ),
    p(
      "Your reply of 24 February said it would be processed “within 5 working days”. More than three weeks later, " +
        "nothing shows in my member area. Could you tell me where my claim stands and when I will be reimbursed? " +
        "I am attaching the invoice and the prescription again.",
    ),
    p("Thank you,<br>Claire Fontaine"),
    "<div><br></div>",
    "<div>From: Claims Department<br>Sent: Monday, 24 February 2025 11:05<br>To: Claire Fontaine<br>" +
      "Subject: Reimbursement for my physiotherapy sessions</div>",
    p(
      "Dear Ms Fontaine, we have received your invoice. It will be processed within 5 working days. Claims Department",
    ),
  ].join(""),
};
