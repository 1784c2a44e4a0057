import net from "node:net";
import type { AddressInfo } from "node:net";
import { createTestApi, type TestApi } from "../../support/api";

/** What a raw TCP client receives before the server closes the connection. */
function exchange(port: number, send: string): { socket: net.Socket; received: Promise<string> } {
  const socket = net.connect(port, "127.0.0.1");
  let data = "";
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => (data += chunk));
  socket.on("connect", () => socket.write(send));
  const received = new Promise<string>((resolve) => {
    socket.on("close", () => resolve(data));
    socket.on("error", () => undefined);
  });
  return { socket, received };
}

function connected(socket: net.Socket): Promise<void> {
  return new Promise((resolve) => socket.once("connect", () => resolve()));
}

/**
 * A client that announces a body and stalls is answered 408 and cut off once the request deadline
 * passes; one address cannot hold more than its share of connections.
 */
describe("slow clients", () => {
  let api: TestApi;
  let port: number;
  beforeAll(async () => {
    api = await createTestApi({
      config: { connections: { requestTimeoutMs: 1000, maxConnections: 100, maxConnectionsPerIp: 3 } },
    });
    await api.app.listen({ port: 0, host: "127.0.0.1" });
    port = (api.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await api.close();
  });

  const openConnections = () =>
    new Promise<number>((resolve) => api.app.server.getConnections((_err, n) => resolve(n)));

  it("answers 408 and closes a signed-in upload that announces 100 bytes and sends 7", async () => {
    const token = await api.token({ tenant: "t", user: "slow" });
    const { received } = exchange(
      port,
      `POST /api/v1/attempts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${token}\r\n` +
        "Content-Type: application/json\r\n" +
        'Content-Length: 100\r\n\r\n{"id":1',
    );
    expect(await received).toMatch(/^HTTP\/1\.1 408/);
  });

  it("closes a connection whose headers never end", async () => {
    const { received } = exchange(port, "GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: 1");
    expect(await received).toMatch(/^HTTP\/1\.1 408/);
  });

  it("still serves a client that sends its request in time, over a kept-alive connection", async () => {
    const { socket, received } = exchange(
      port,
      "GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\nGET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    );
    const text = await received;
    expect(text.match(/HTTP\/1\.1 200/g)).toHaveLength(2);
    expect(socket.destroyed).toBe(true);
  });

  it("closes connections from one address over its cap, and accepts it again once one closes", async () => {
    const held = Array.from({ length: 3 }, () => net.connect(port, "127.0.0.1"));
    await Promise.all(held.map(connected));
    const extra = exchange(port, "GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
    expect(await extra.received).toBe("");

    held[0]!.destroy();
    while ((await openConnections()) > 2) await new Promise((resolve) => setImmediate(resolve));
    const again = exchange(
      port,
      "GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    );
    expect(await again.received).toMatch(/^HTTP\/1\.1 200/);
    for (const socket of held) socket.destroy();
  });
});

describe("connection cap behind a proxy", () => {
  it("applies the total cap only, since every connection comes from the proxy", async () => {
    const api = await createTestApi({
      config: {
        trustProxy: true,
        connections: { requestTimeoutMs: 5000, maxConnections: 2, maxConnectionsPerIp: 1 },
      },
    });
    try {
      await api.app.listen({ port: 0, host: "127.0.0.1" });
      const port = (api.app.server.address() as AddressInfo).port;
      const held = Array.from({ length: 2 }, () => net.connect(port, "127.0.0.1"));
      await Promise.all(held.map(connected));
      const extra = exchange(port, "GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
      expect(await extra.received).toBe("");
      for (const socket of held) socket.destroy();
    } finally {
      await api.close();
    }
  });
});
