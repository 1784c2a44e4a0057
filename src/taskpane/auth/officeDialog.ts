import { openDialogForMessage } from "../../office/dialog";
import type { IssuedToken } from "./cachedToken";

/** Message the sign-in dialog posts back to the pane (see dialog/index.ts). */
export type DialogMessage =
  | { status: "success"; token: string; expiresAt?: number }
  | { status: "error"; code: string; message?: string };

/**
 * Fallback for hosts without Nested App Authentication: open auth-dialog.html in an Office dialog,
 * where MSAL signs in with a redirect and posts the access token back with messageParent.
 */
export function officeDialogIssuer(dialogUrl: string): () => Promise<IssuedToken> {
  return async () => {
    const message = parseDialogMessage(await openDialogForMessage(dialogUrl, { height: 60, width: 30 }));
    if (message?.status === "success") return { token: message.token, expiresAt: message.expiresAt };
    throw new Error(message?.status === "error" ? message.code : "Sign-in failed");
  };
}

export function parseDialogMessage(raw: string): DialogMessage | null {
  try {
    const value = JSON.parse(raw) as Partial<DialogMessage>;
    if (value.status === "success" && typeof value.token === "string") return value as DialogMessage;
    if (value.status === "error" && typeof value.code === "string") return value as DialogMessage;
  } catch {
    // Not ours.
  }
  return null;
}
