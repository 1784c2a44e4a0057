import type { TokenSource } from "../api/client";
import { cachedTokenSource, type IssuedToken } from "./cachedToken";
import { authConfig } from "./config";
import { devTokenSource, previewIdentity } from "./devIssuer";
import { supportsNestedAppAuth } from "../../office/connect";

let officeSignIn: Promise<typeof import("./officeSignIn")> | null = null;

/** Office's sign-in code, fetched once (a failed fetch is tried again on the next token asked for). */
export function loadOfficeSignIn(): Promise<typeof import("./officeSignIn")> {
  return (officeSignIn ??= import(/* webpackChunkName: "office-sign-in" */ "./officeSignIn").catch(
    (err: unknown) => {
      officeSignIn = null;
      throw err;
    },
  ));
}

type Issuer = (refresh: boolean) => Promise<IssuedToken>;

/** An issuer whose code is fetched when the first token is asked for. */
function lazyIssuer(make: (code: typeof import("./officeSignIn")) => Issuer): Issuer {
  let issuer: Issuer | null = null;
  return async (refresh) => {
    issuer ??= make(await loadOfficeSignIn());
    return issuer(refresh);
  };
}

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
  if (supportsNestedAppAuth()) {
    return { method: "naa", tokens: cachedTokenSource(lazyIssuer((code) => code.naaIssuer(config))) };
  }
  const dialogUrl = new URL("auth-dialog.html", options.pageUrl).href;
  return {
    method: "dialog",
    tokens: cachedTokenSource(lazyIssuer((code) => code.officeDialogIssuer(dialogUrl))),
  };
}
