import { sql, type Expression, type Kysely, type SqlBool } from "kysely";
import type { UseCaseStatus } from "../../../core/api/use-cases";
import type { Database, UseCaseRow } from "../../store/schema";

/** A use case with its votes counted by the database, and the caller's own vote. */
export interface UseCaseWithVotes extends UseCaseRow {
  votes: number;
  worked_yes: number;
  worked_no: number;
  my_vote: number;
  my_worked: number | null;
  author_name: string | null;
  /** Minutes saved a month by everyone who does it. */
  rank: number;
}

export interface UseCaseFilter {
  tenantId: string;
  viewerId: string;
  /** Only these jobs; undefined = every job (pilot leads). */
  jobs?: string[];
  /** The viewer's own use cases are listed whatever their job. */
  includeOwn: boolean;
  status?: UseCaseStatus;
  id?: string;
  sort: "rank" | "recent";
  limit: number;
}

/** reach × times a month × minutes each time, computed in SQL so the database ranks. */
export const RANK_SQL = sql<number>`(1 + (select count(*) from use_case_votes v where v.tenant_id = use_cases.tenant_id and v.use_case_id = use_cases.id)) * (case use_cases.frequency when 'daily' then 20 when 'weekly' then 4 else 1 end) * use_cases.minutes_saved`;

export async function listUseCases(db: Kysely<Database>, f: UseCaseFilter): Promise<UseCaseWithVotes[]> {
  let query = db
    .selectFrom("use_cases")
    .leftJoin("users as author", (join) =>
      join
        .onRef("author.tenant_id", "=", "use_cases.tenant_id")
        .onRef("author.user_id", "=", "use_cases.author_id"),
    )
    .selectAll("use_cases")
    .select((eb) => [
      "author.display_name as author_name",
      eb
        .selectFrom("use_case_votes as v")
        .select((v) => v.fn.countAll<number>().as("n"))
        .whereRef("v.tenant_id", "=", "use_cases.tenant_id")
        .whereRef("v.use_case_id", "=", "use_cases.id")
        .as("votes"),
      eb
        .selectFrom("use_case_votes as v")
        .select((v) => v.fn.countAll<number>().as("n"))
        .whereRef("v.tenant_id", "=", "use_cases.tenant_id")
        .whereRef("v.use_case_id", "=", "use_cases.id")
        .where("v.worked", "=", 1)
        .as("worked_yes"),
      eb
        .selectFrom("use_case_votes as v")
        .select((v) => v.fn.countAll<number>().as("n"))
        .whereRef("v.tenant_id", "=", "use_cases.tenant_id")
        .whereRef("v.use_case_id", "=", "use_cases.id")
        .where("v.worked", "=", 0)
        .as("worked_no"),
      eb
        .selectFrom("use_case_votes as v")
        .select((v) => v.fn.countAll<number>().as("n"))
        .whereRef("v.tenant_id", "=", "use_cases.tenant_id")
        .whereRef("v.use_case_id", "=", "use_cases.id")
        .where("v.user_id", "=", f.viewerId)
        .as("my_vote"),
      eb
        .selectFrom("use_case_votes as v")
        .select("v.worked")
        .whereRef("v.tenant_id", "=", "use_cases.tenant_id")
        .whereRef("v.use_case_id", "=", "use_cases.id")
        .where("v.user_id", "=", f.viewerId)
        .as("my_worked"),
      RANK_SQL.as("rank"),
    ])
    .where("use_cases.tenant_id", "=", f.tenantId);
  if (f.id !== undefined) query = query.where("use_cases.id", "=", f.id);
  if (f.status !== undefined) query = query.where("use_cases.status", "=", f.status);
  if (f.jobs !== undefined) {
    const jobs = f.jobs;
    query = query.where((eb) => {
      const ors: Expression<SqlBool>[] = [];
      if (jobs.length > 0) ors.push(eb("use_cases.job", "in", jobs));
      if (f.includeOwn) ors.push(eb("use_cases.author_id", "=", f.viewerId));
      return ors.length > 0 ? eb.or(ors) : eb.lit(false);
    });
  }
  query =
    f.sort === "rank"
      ? query.orderBy("rank", "desc").orderBy("use_cases.created_at", "desc").orderBy("use_cases.id")
      : query.orderBy("use_cases.created_at", "desc").orderBy("use_cases.id");
  const rows = await query.limit(f.limit).execute();
  // PostgreSQL returns count(*) as a string (bigint).
  return rows.map((r) => ({
    ...r,
    votes: Number(r.votes ?? 0),
    worked_yes: Number(r.worked_yes ?? 0),
    worked_no: Number(r.worked_no ?? 0),
    my_vote: Number(r.my_vote ?? 0),
    my_worked: r.my_worked === null || r.my_worked === undefined ? null : Number(r.my_worked),
    rank: Number(r.rank),
  }));
}
