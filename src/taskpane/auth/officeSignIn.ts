/**
 * Sign-in inside Office (NAA, else the Office dialog): its own chunk, fetched while office.js loads, so
 * the preview host and builds without Entra ID never fetch it.
 */
export { naaIssuer } from "./naa";
export { officeDialogIssuer } from "./officeDialog";
