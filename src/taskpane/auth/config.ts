/** Entra ID sign-in settings, fixed at build time (webpack DefinePlugin). Absent client id → dev mode. */
export interface AuthConfig {
  clientId: string;
  /** The API's delegated scope, e.g. "api://parcours.example.org/<client-id>/access_as_user". */
  apiScope: string;
  authority: string;
}

export function authConfig(): AuthConfig | null {
  const clientId = process.env.AUTH_CLIENT_ID ?? "";
  const apiScope = process.env.AUTH_API_SCOPE ?? "";
  const authority = process.env.AUTH_AUTHORITY || "https://login.microsoftonline.com/organizations";
  if (!clientId) return null;
  return { clientId, apiScope: apiScope || `api://${clientId}/access_as_user`, authority };
}
