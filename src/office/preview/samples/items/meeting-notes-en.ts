/** Content of the preview sample `meeting-notes-en` (word): fetched on its own, when the preview shows it. */
import type { PreviewSampleContent, WordStyle } from "../types";

const para = (text: string, style?: WordStyle) => (style ? { text, style } : { text });

export const meetingNotesEn: PreviewSampleContent = {
  kind: "word",
  paragraphs: [
    para("Minutes – Claims Quality Committee", "Title"),
    para("Meeting of Thursday 6 March 2025, 2:00–3:30 pm, Garonne room and Teams."),
    para("Attendees", "Heading1"),
    para(
      "Sophie (claims manager), Karim (member relations), Léa (quality), Thomas (IT), Nadia (call centre). " +
        "Apologies: Paul (finance).",
    ),
    para("Agenda", "Heading1"),
    para(
      "1. Reimbursement times this quarter; 2. Rising complaints; 3. New letter template.",
      "ListParagraph",
    ),
    para("Reimbursement times", "Heading1"),
    para(
      "The average time rose from 4.2 to 6.8 working days between December and February. Most of the rise comes " +
        "from paper optical invoices (32% of volume, 61% of delays). Thomas confirms automatic scanning has been " +
        "partly down since 12 February.",
    ),
    para("Complaints", "Heading1"),
    para(
      "148 complaints in February against 97 in January. Main reason: no answer after a follow-up. Karim proposes " +
        "a systematic acknowledgement within 48 hours.",
    ),
    para("Decisions", "Heading1"),
    para("Paper optical invoices are handled first until scanning is back.", "ListParagraph"),
    para("Every complaint gets an acknowledgement within 48 hours.", "ListParagraph"),
    para("Actions", "Heading1"),
    para("Progress review at the next committee on 3 April."),
  ],
  tables: [
    {
      afterParagraph: 13,
      rows: [
        ["Action", "Owner", "Due"],
        ["Fix the scanning pipeline", "Thomas", "14 March"],
        ["Draft the acknowledgement template", "Karim", "20 March"],
        ["Track the average time weekly", "Léa", "Every Monday"],
      ],
    },
  ],
};
