import type { Migration } from "kysely";
import * as m0001 from "./0001_initial";
import * as m0100 from "./0100_report_keys";
import * as m0600 from "./0600_llm_usage";
import * as m0800 from "./0800_results_index";
import * as m0900 from "./0900_results_rollups";
import * as m0910 from "./0910_rollups_prior_attempt";
import * as m0920 from "./0920_rate_limits";
import * as m0930 from "./0930_drop_attempts_tenant_user";
import * as m1000 from "./1000_judge_calibration";
import * as m1100 from "./1100_honest_progress";
import * as m1110 from "./1110_stages";
import * as m1200 from "./1200_jobs_use_cases";
import * as m1300 from "./1300_real_work_uses";
import * as m1310 from "./1310_prompt_library";
import * as m1320 from "./1320_write_path";
import * as m1330 from "./1330_bilan_indexes";
import * as m1340 from "./1340_improvement_usage";

/**
 * Every migration, in the order they run. Add a file `NNNN_<what>.ts` exporting `up` (and `down`)
 * and list it here; names are recorded in `kysely_migration`, so never rename one that shipped.
 */
export const migrations: Record<string, Migration> = {
  "0001_initial": m0001,
  "0100_report_keys": m0100,
  "0600_llm_usage": m0600,
  "0800_results_index": m0800,
  "0900_results_rollups": m0900,
  "0910_rollups_prior_attempt": m0910,
  "0920_rate_limits": m0920,
  "0930_drop_attempts_tenant_user": m0930,
  "1000_judge_calibration": m1000,
  "1100_honest_progress": m1100,
  "1110_stages": m1110,
  "1200_jobs_use_cases": m1200,
  "1300_real_work_uses": m1300,
  "1310_prompt_library": m1310,
  "1320_write_path": m1320,
  "1330_bilan_indexes": m1330,
  "1340_improvement_usage": m1340,
};
