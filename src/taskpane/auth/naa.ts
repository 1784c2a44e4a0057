import type { IPublicClientApplication } from "@azure/msal-browser";
import { officeLoginHint } from "../../office/dialog";
import type { AuthConfig } from "./config";
import type { IssuedToken } from "./cachedToken";

/**
 * Entra ID tokens through MSAL Nested App Authentication: the Office host signs the user in, so the
 * pane never shows its own login page. Silent first (cached account, then SSO with the Office login
 * hint), interactive popup last. MSAL is loaded on demand so the preview never downloads it.
 */
export function naaIssuer(config: AuthConfig): (refresh: boolean) => Promise<IssuedToken> {
  let app: Promise<IPublicClientApplication> | null = null;
  const scopes = [config.apiScope];

  const client = () =>
    (app ??= import(/* webpackChunkName: "msal" */ "@azure/msal-browser").then(
      ({ createNestablePublicClientApplication }) =>
        createNestablePublicClientApplication({
          auth: { clientId: config.clientId, authority: config.authority },
          cache: { cacheLocation: "localStorage" },
        }),
    ));

  return async (refresh) => {
    const pca = await client();
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    if (account) {
      try {
        const result = await pca.acquireTokenSilent({ scopes, account, forceRefresh: refresh });
        return { token: result.accessToken, expiresAt: result.expiresOn?.getTime() };
      } catch {
        // Fall through to SSO with the Office login hint.
      }
    }
    const loginHint = await officeLoginHint();
    try {
      const result = await pca.ssoSilent({ scopes, loginHint });
      if (result.account) pca.setActiveAccount(result.account);
      return { token: result.accessToken, expiresAt: result.expiresOn?.getTime() };
    } catch {
      const result = await pca.acquireTokenPopup({ scopes, loginHint });
      if (result.account) pca.setActiveAccount(result.account);
      return { token: result.accessToken, expiresAt: result.expiresOn?.getTime() };
    }
  };
}
