import type { Socket } from "node:net";
import type { FastifyInstance } from "fastify";
import type { ConnectionLimits } from "../config";

/**
 * Node's HTTP server options that bound slow clients (`parcours serve` may face the internet with
 * no proxy in front): the whole request — headers and body — must arrive within
 * `requestTimeoutMs`, else Node answers 408 and closes the socket. Node only looks every
 * `connectionsCheckingInterval`, 30 s by default: checking every second keeps a stalled upload
 * from living much past its deadline.
 */
export function slowClientOptions(limits: ConnectionLimits): {
  requestTimeout: number;
  headersTimeout: number;
  connectionsCheckingInterval: number;
} {
  return {
    requestTimeout: limits.requestTimeoutMs,
    headersTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: Math.min(1000, limits.requestTimeoutMs),
  };
}

/**
 * Caps open connections: `maxConnections` in all (Node closes the ones over it on arrival) and
 * `maxConnectionsPerIp` from one client address, so a few hosts holding sockets open cannot take
 * every slot. Behind a trusted proxy every connection comes from the proxy: only the total applies.
 */
export function registerConnectionLimits(app: FastifyInstance, limits: ConnectionLimits): void {
  const server = app.server;
  server.maxConnections = limits.maxConnections;
  if (app.config.trustProxy) return;
  const open = new Map<string, number>();
  server.on("connection", (socket: Socket) => {
    const address = socket.remoteAddress ?? "unknown";
    const count = (open.get(address) ?? 0) + 1;
    if (count > limits.maxConnectionsPerIp) {
      app.log.warn({ address, limit: limits.maxConnectionsPerIp }, "too many connections from one address");
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once("close", () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
