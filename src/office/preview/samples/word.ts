/** Word samples: meeting notes and a policy letter with a contract excerpt, in French and English. */
export { meetingNotes } from "./items/meeting-notes";
export { meetingNotesEn } from "./items/meeting-notes-en";
export { policyLetter } from "./items/policy-letter";
export { policyLetterEn } from "./items/policy-letter-en";
