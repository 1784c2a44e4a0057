import type { TokenSource } from "../api/client";
import { cachedTokenSource } from "./cachedToken";
import { authConfig } from "./config";
import { devTokenSource, previewIdentity } from "./devIssuer";
import { supportsNestedAppAuth } from "../../office/connect";
import { naaIssuer } from "./naa";
import { officeDialogIssuer } from "./officeDialog";

export type SignInMethod = "naa" | "dialog" | "dev";

/**
 * Picks how the pane gets its API token: the dev issuer in the preview host or when the build has no
 * Entra ID client id; otherwise NAA where the host supports it, else the Office dialog.
 * Only the access token ever goes to the API.
 */
export function createTokenSource(options: { isPreview: boolean; search: string; pageUrl: string }): {
  method: SignInMethod;
  tokens: TokenSource;
} {
  const config = authConfig();
  if (options.isPreview || !config) {
    return { method: "dev", tokens: devTokenSource(previewIdentity(options.search)) };
  }
  if (supportsNestedAppAuth()) return { method: "naa", tokens: cachedTokenSource(naaIssuer(config)) };
  return {
    method: "dialog",
    tokens: cachedTokenSource(officeDialogIssuer(new URL("auth-dialog.html", options.pageUrl).href)),
  };
}
