/**
 * The Office.js calls sign-in needs, so the task pane's auth code never touches Office globals:
 * the signed-in user's login hint, a dialog that answers with one message, and the dialog page's side.
 */

/** The signed-in Office user's UPN, when the host exposes it (Office.auth.getAuthContext). */
export async function officeLoginHint(): Promise<string | undefined> {
  try {
    if (typeof Office === "undefined" || !Office.auth?.getAuthContext) return undefined;
    const context = await Office.auth.getAuthContext();
    return context.userPrincipalName || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens `url` in an Office dialog and resolves with the first message it posts (the dialog is then
 * closed); rejects when it cannot open or the user closes it.
 */
export function openDialogForMessage(url: string, size: { height: number; width: number }): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { ...size, promptBeforeOpen: false }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(`Sign-in dialog failed to open (${opened.error.code}: ${opened.error.message})`));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        resolve("message" in arg ? arg.message : "");
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
        // 12006: the user closed the dialog.
        reject(new Error("error" in arg ? `Sign-in dialog closed (${arg.error})` : "Sign-in dialog closed"));
      });
    });
  });
}

/** In a dialog page: once Office is ready, computes a message and posts it to the pane that opened it. */
export function answerParentWhenReady(message: () => Promise<string>): void {
  void Office.onReady(async () => {
    Office.context.ui.messageParent(await message());
  });
}
