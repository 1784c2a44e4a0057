import { createSseParser, readSse, type SseEvent } from "../../../src/taskpane/api/sse";

function collect(pieces: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createSseParser((e) => events.push(e));
  for (const p of pieces) parser.push(p);
  parser.end();
  return events;
}

describe("SSE parser", () => {
  it("reads named events with JSON data", () => {
    expect(
      collect(['event: chunk\ndata: {"text":"Bon"}\n\n', 'event: done\ndata: {"usage":{}}\n\n']),
    ).toEqual([
      { event: "chunk", data: '{"text":"Bon"}' },
      { event: "done", data: '{"usage":{}}' },
    ]);
  });

  it("reassembles events split anywhere, including inside CRLF", () => {
    const stream = 'event: chunk\r\ndata: {"text":"a"}\r\n\r\nevent: chunk\r\ndata: {"text":"b"}\r\n\r\n';
    const pieces = stream.split("");
    expect(collect(pieces).map((e) => e.data)).toEqual(['{"text":"a"}', '{"text":"b"}']);
  });

  it("joins multi-line data, ignores comments and defaults the event name", () => {
    expect(collect([": keep-alive\n", "data: one\ndata: two\n\n"])).toEqual([
      { event: "message", data: "one\ntwo" },
    ]);
  });

  it("reads a byte stream as chunks arrive", async () => {
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('event: chunk\ndata: {"text":"é'));
        controller.enqueue(encoder.encode('t\u00e9"}\n\nevent: done\ndata: {}\n\n'));
        controller.close();
      },
    });
    const events: SseEvent[] = [];
    await readSse(body, (e) => events.push(e));
    expect(events).toEqual([
      { event: "chunk", data: '{"text":"été"}' },
      { event: "done", data: "{}" },
    ]);
  });
});
