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
  return () =>
    new Promise<IssuedToken>((resolve, reject) => {
      Office.context.ui.displayDialogAsync(
        dialogUrl,
        { height: 60, width: 30, promptBeforeOpen: false },
        (opened) => {
          if (opened.status !== Office.AsyncResultStatus.Succeeded) {
            reject(
              new Error(`Sign-in dialog failed to open (${opened.error.code}: ${opened.error.message})`),
            );
            return;
          }
          const dialog = opened.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
            dialog.close();
            const message = "message" in arg ? parseDialogMessage(arg.message) : null;
            if (message?.status === "success")
              resolve({ token: message.token, expiresAt: message.expiresAt });
            else reject(new Error(message?.status === "error" ? message.code : "Sign-in failed"));
          });
          dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
            // 12006: the user closed the dialog.
            reject(
              new Error("error" in arg ? `Sign-in dialog closed (${arg.error})` : "Sign-in dialog closed"),
            );
          });
        },
      );
    });
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
