/** Content of the preview sample `complaint-reply-en` (outlook): fetched on its own, when the preview shows it. */
import type { PreviewSampleContent } from "../types";

const p = (text: string) => `<p>${text}</p>`;

export const complaintReplyEn: PreviewSampleContent = {
  kind: "outlook",
  subject: "RE: Complaint – hospital cover refused",
  from: "Complaints Team",
  to: ["Marc Lefèvre"],
  cc: ["Member Relations Manager"],
  composeType: "reply",
  attachments: ["hospital-cover-extract.pdf"],
  bodyHtml: [
    p("Dear Mr Lefèvre,"),
    p(
      "Thank you for your complaint about the refusal to cover your hospital stay of 3 March. Having checked your " +
        "file, the clinic sent the request without the estimate for the surgeon's extra fees, which blocked",
    ),
    "<div><br></div>",
    "<div>From: Marc Lefèvre<br>Sent: Wednesday, 12 March 2025 18:40<br>To: Complaints Team<br>" +
      "Subject: Complaint – hospital cover refused</div>",
    p(
      "To whom it may concern, I am appalled. My request for cover for my knee operation was refused the day " +
        "before surgery, with no explanation. I had to pay €1,250 up front to the clinic. I have been a member for " +
        "twelve years and this is the second time it has happened. I expect a quick refund and an apology, or I " +
        "will cancel my policy.",
    ),
    p("Marc Lefèvre"),
  ].join(""),
};
