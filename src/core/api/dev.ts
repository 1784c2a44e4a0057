import { z } from "zod";
import { ROLES } from "../auth/policy";

/** `POST /api/v1/dev/token` (dev mode only): a token from the local issuer for the preview pane. */
export const DevTokenRequestSchema = z.object({
  tenant: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, "letters, digits, dot, dash, underscore (max 64)"),
  user: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._@-]{1,128}$/, "letters, digits, dot, dash, underscore, @ (max 128)"),
  name: z.string().trim().min(1).max(128).optional(),
  roles: z.array(z.enum(ROLES)).max(ROLES.length).optional(),
});
export type DevTokenRequest = z.infer<typeof DevTokenRequestSchema>;

export const DevTokenResponseSchema = z.object({ token: z.string(), expiresAt: z.string() });
