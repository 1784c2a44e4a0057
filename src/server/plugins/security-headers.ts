import type { FastifyInstance } from "fastify";

/** Office hosts that frame the task pane (desktop, web and the new cloud.microsoft domain). */
export const OFFICE_FRAME_ANCESTORS = [
  "'self'",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.microsoft.com",
  "https://*.officeapps.live.com",
  "https://*.sharepoint.com",
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://*.cloud.microsoft",
];

/** A CSP that lets Office frame the pane and load office.js, and nothing else from elsewhere. */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    // Fluent UI (Griffel) injects its styles at runtime.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https://appsforoffice.microsoft.com",
    "font-src 'self' data: https://res-1.cdn.office.net https://static2.sharepointonline.com",
    "connect-src 'self' https://login.microsoftonline.com",
    "frame-src 'self' https://login.microsoftonline.com",
    `frame-ancestors ${OFFICE_FRAME_ANCESTORS.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * Security headers on every response. No X-Frame-Options: it cannot list several framers and would
 * stop Office from showing the pane; `frame-ancestors` does that job.
 */
export function registerSecurityHeaders(app: FastifyInstance, { https }: { https: boolean }): void {
  const csp = contentSecurityPolicy();
  app.addHook("onSend", async (request, reply, payload) => {
    reply.header("Content-Security-Policy", csp);
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("Referrer-Policy", "strict-origin-when-cross-origin");
    reply.header("Cross-Origin-Opener-Policy", "same-origin-allow-popups");
    reply.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    if (https) reply.header("Strict-Transport-Security", "max-age=31536000");
    if (request.url.startsWith("/api/")) reply.header("Cache-Control", "no-store");
    return payload;
  });
}
