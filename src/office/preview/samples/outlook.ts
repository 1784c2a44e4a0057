/**
 * Outlook samples. Fictional people and organisations; no identifier (social security number, IBAN, card,
 * phone, e-mail address, date of birth) appears in any text, except in `emailWithNir`, which exists to show
 * the privacy guard at work.
 */
export { lateReimbursement } from "./items/late-reimbursement";
export { lateReimbursementEn } from "./items/late-reimbursement-en";
export { complaintReply } from "./items/complaint-reply";
export { complaintReplyEn } from "./items/complaint-reply-en";
export { emailWithNir } from "./items/email-with-nir";
