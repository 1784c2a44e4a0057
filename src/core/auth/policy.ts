/**
 * Roles and what they allow: the one policy the API enforces and the task pane follows to decide
 * what to show. Every signed-in user is a learner; app roles from the token's `roles` claim add to it.
 */
export const ROLES = ["PilotLead", "Admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

/** What a caller may do beyond their own learning. */
export const ACTIONS = {
  /** Read the tenant's results sheet (JSON, .xlsx) and the results screen. */
  "results.read": ["PilotLead", "Admin"],
  /** Export the tenant's xAPI statements. */
  "xapi.export": ["PilotLead", "Admin"],
  /** Rank every job's use cases, move their status, promote one to a draft exercise. */
  "useCases.review": ["PilotLead", "Admin"],
  /** Publish prompts to a job's team library, and take them down. */
  "library.publish": ["PilotLead", "Admin"],
  /** Change tenant settings, exercises and users; read the audit log. */
  "tenant.administer": ["Admin"],
} as const satisfies Record<string, readonly Role[]>;
export type Action = keyof typeof ACTIONS;

/** Whether a caller with these roles may do `action` (no caller: never). */
export function can(caller: { roles: readonly string[] } | null | undefined, action: Action): boolean {
  if (!caller) return false;
  const allowed: readonly Role[] = ACTIONS[action];
  return caller.roles.some((role) => isRole(role) && allowed.includes(role));
}

/** The roles that allow `action`, for error messages. */
export function rolesFor(action: Action): readonly Role[] {
  return ACTIONS[action];
}
