/** App roles from the token's `roles` claim; every valid user is a learner without any role. */
export const ROLES = ["PilotLead", "Admin"] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: identity key = tenant (`tid`) + user (`oid`). */
export interface Principal {
  tenantId: string;
  userId: string;
  name: string | undefined;
  roles: Role[];
  /** From optional token claims (`cohort`, `department`, `locale`/`xms_pl`) when the tenant emits them. */
  cohort: string | undefined;
  department: string | undefined;
  locale: string | undefined;
}

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}
