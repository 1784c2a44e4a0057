import { UserAttributesSchema, type UserAttributes } from "../../core/api/admin";

export interface CsvProblem {
  line: number;
  message: string;
}

/** Header names accepted for each attribute (French Excel exports included). */
const COLUMNS: Record<keyof UserAttributes, string[]> = {
  userId: ["user_id", "userid", "user", "oid", "id", "utilisateur"],
  cohort: ["cohort", "cohorte"],
  department: ["department", "departement", "département", "service"],
  displayName: ["display_name", "displayname", "name", "nom"],
  job: ["job", "metier", "métier"],
};

/**
 * Parses a users CSV (`user_id,cohort,department[,display_name][,job]`; comma or semicolon separated,
 * quoted fields allowed). Empty cells leave the stored value unchanged. Returns every problem with its line.
 */
export function parseUsersCsv(text: string): { users: UserAttributes[]; problems: CsvProblem[] } {
  const rows = splitCsv(text.replace(/^\uFEFF/, ""));
  const problems: CsvProblem[] = [];
  const header = rows.shift();
  if (!header) return { users: [], problems: [{ line: 1, message: "the file is empty" }] };
  const index: Partial<Record<keyof UserAttributes, number>> = {};
  header.cells.forEach((cell, i) => {
    const name = cell.trim().toLowerCase();
    for (const [key, names] of Object.entries(COLUMNS) as Array<[keyof UserAttributes, string[]]>) {
      if (names.includes(name)) index[key] = i;
    }
  });
  if (index.userId === undefined) {
    return {
      users: [],
      problems: [{ line: 1, message: `no user id column (one of ${COLUMNS.userId.join(", ")})` }],
    };
  }
  const users: UserAttributes[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.cells.every((c) => c.trim() === "")) continue;
    const value = (key: keyof UserAttributes) => {
      const i = index[key];
      const cell = i === undefined ? undefined : row.cells[i]?.trim();
      return cell === undefined || cell === "" ? undefined : cell;
    };
    const parsed = UserAttributesSchema.safeParse({
      userId: value("userId") ?? "",
      ...(value("cohort") !== undefined ? { cohort: value("cohort") } : {}),
      ...(value("department") !== undefined ? { department: value("department") } : {}),
      ...(value("displayName") !== undefined ? { displayName: value("displayName") } : {}),
      ...(value("job") !== undefined ? { job: value("job") } : {}),
    });
    if (!parsed.success) {
      problems.push({
        line: row.line,
        message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
      });
      continue;
    }
    if (seen.has(parsed.data.userId)) {
      problems.push({ line: row.line, message: `user ${parsed.data.userId} appears twice` });
      continue;
    }
    seen.add(parsed.data.userId);
    users.push(parsed.data);
  }
  return { users, problems };
}

/** RFC 4180-style rows; the delimiter (`,` or `;`) is taken from the header line. */
function splitCsv(text: string): Array<{ line: number; cells: string[] }> {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}
