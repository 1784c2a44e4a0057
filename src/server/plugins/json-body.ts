import type { FastifyInstance } from "fastify";
import { ApiProblem } from "../errors";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Request bodies are JSON in UTF-8 and nothing else: `text/plain` (which Fastify would otherwise
 * parse) and every other media type get `415 unsupported_media_type`, as does JSON announced in
 * another charset; bytes that are not valid UTF-8 are `400 invalid_json` instead of being quietly
 * replaced. Parsing keeps Fastify's own JSON parser (prototype-poisoning protection included).
 */
export function registerJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (request, raw, done) => {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(request.headers["content-type"] ?? "")?.[1];
    if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
      done(
        new ApiProblem(415, "unsupported_media_type", `Only UTF-8 JSON is accepted, not charset=${charset}`),
        undefined,
      );
      return;
    }
    let text: string;
    try {
      text = utf8.decode(raw as Buffer);
    } catch {
      done(new ApiProblem(400, "invalid_json", "The body is not valid UTF-8"), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
