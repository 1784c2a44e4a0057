import { PublicClientApplication } from "@azure/msal-browser";
import { answerParentWhenReady } from "../../../office/dialog";
import { authConfig } from "../config";
import type { DialogMessage } from "../officeDialog";

/**
 * The Office-dialog sign-in page: redirect to Entra ID, come back here, hand the access token to the
 * pane with messageParent. Used only where Nested App Authentication is not available.
 */
async function signIn(): Promise<DialogMessage> {
  const config = authConfig();
  if (!config) return { status: "error", code: "auth_not_configured" };
  const pca = new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      // This page itself, wherever the pane is deployed (root or a path prefix).
      redirectUri: new URL("auth-dialog.html", location.href).href,
    },
    cache: { cacheLocation: "sessionStorage" },
  });
  await pca.initialize();
  const scopes = [config.apiScope];
  const returned = await pca.handleRedirectPromise();
  if (returned)
    return { status: "success", token: returned.accessToken, expiresAt: returned.expiresOn?.getTime() };
  const account = pca.getAllAccounts()[0];
  if (account) {
    try {
      const silent = await pca.acquireTokenSilent({ scopes, account });
      return { status: "success", token: silent.accessToken, expiresAt: silent.expiresOn?.getTime() };
    } catch {
      // Needs interaction.
    }
  }
  await pca.loginRedirect({ scopes });
  return new Promise(() => {}); // The page navigates away.
}

answerParentWhenReady(async () => {
  let message: DialogMessage;
  try {
    message = await signIn();
  } catch (err) {
    message = {
      status: "error",
      code: "sign_in_failed",
      message: err instanceof Error ? err.message : String(err),
    };
  }
  return JSON.stringify(message);
});
