import { ApiProblem } from "./errors";

/** Opaque keyset cursors: base64url of `<timestamp>|<id>`. */
export function encodeCursor(at: string, id: string): string {
  return Buffer.from(`${at}|${id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): { at: string; id: string } {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const bar = text.indexOf("|");
  const at = text.slice(0, bar);
  const id = text.slice(bar + 1);
  if (bar < 0 || Number.isNaN(Date.parse(at)) || id === "" || id.length > 64) {
    throw new ApiProblem(400, "invalid_query", "cursor is not a cursor from this API", {
      errors: [{ path: "cursor", message: "not a cursor from this API" }],
    });
  }
  return { at, id };
}
