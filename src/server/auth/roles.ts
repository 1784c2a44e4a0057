import type { Role } from "../../core/auth/policy";

/** App roles and what they allow live in the shared policy (src/core/auth/policy.ts). */
export { ROLES, isRole, type Role } from "../../core/auth/policy";

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
  /** The `job` claim (a job id of the tenant) when the tenant emits it. */
  job: string | undefined;
}
