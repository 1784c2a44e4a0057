/** Content of the preview sample `policy-letter-en` (word): fetched on its own, when the preview shows it. */
import type { PreviewSampleContent, WordStyle } from "../types";

const para = (text: string, style?: WordStyle) => (style ? { text, style } : { text });

export const policyLetterEn: PreviewSampleContent = {
  kind: "word",
  documentTitle: "Changes to your health cover from 1 January 2026",
  paragraphs: [
    para("Horizon Health Mutual – Member Services", "Normal"),
    para("Re: changes to your health cover from 1 January 2026", "Heading1"),
    para("Dear Member,"),
    para(
      "Under article 12 of your general terms, we are writing to tell you about changes to your “Balance” policy " +
        "taking effect on 1 January 2026. Your monthly premium rises by 3.4% because of higher health spending " +
        "and the 100% Health reform.",
    ),
    para("What changes", "Heading2"),
    para(
      "The complementary therapies allowance rises from €120 to €150 per year per beneficiary.",
      "ListParagraph",
    ),
    para("Glasses outside the 100% Health basket are covered up to €250 every two years.", "ListParagraph"),
    para("The mutual's share is now reimbursed within 5 working days.", "ListParagraph"),
    para("Extract from the general terms – Article 7: reimbursement times and terms", "Heading2"),
    para(
      "7.1 Benefits are paid within five working days of receiving a complete claim. 7.2 A claim is complete when " +
        "it includes the paid invoice and, where relevant, the statement from the statutory scheme. 7.3 If a claim " +
        "is incomplete, the Mutual tells the member which documents are missing within ten working days.",
    ),
    para("Your rights", "Heading2"),
    para(
      "If you do not accept these changes, you may cancel your policy within one month of receiving this letter, " +
        "by post or from your member area.",
    ),
    para("Yours faithfully,"),
    para("Claims Management"),
  ],
};
