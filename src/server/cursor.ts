import { ApiProblem } from "./errors";

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/** Opaque keyset cursors: base64url of `<timestamp>|<id>`. */
export function encodeCursor(at: string, id: string): string {
  return Buffer.from(`${at}|${id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): { at: string; id: string } {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const bar = text.indexOf("|");
  const at = text.slice(0, bar);
  const id = text.slice(bar + 1);
  // The decoded text goes into a query: a timestamp as stored, and an id without control characters
  // (PostgreSQL refuses NUL, so a forged cursor would otherwise be a 500).
  if (bar < 0 || !ISO_TIMESTAMP.test(at) || id === "" || id.length > 64 || /\p{Cc}/u.test(id)) {
    throw new ApiProblem(400, "invalid_query", "cursor is not a cursor from this API", {
      errors: [{ path: "cursor", message: "not a cursor from this API" }],
    });
  }
  return { at, id };
}
