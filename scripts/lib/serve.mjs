// The app's HTTP server (instead of `next start` / `next dev`): Next.js behind node:http, so
// every request carries its socket address in a header the client cannot set. Next itself
// only fills X-Forwarded-For when it is absent, so a client-sent one would survive.
// In production it runs one process per core (PREPLOOP_WORKERS; scripts/lib/cluster.mjs).
//   node scripts/lib/serve.mjs [--dev] [-p PORT] [-H HOSTNAME]
import { AsyncLocalStorage } from "node:async_hooks";
import cluster from "node:cluster";
import http from "node:http";
import { joinPrimary, runPrimary, workerCount } from "./cluster.mjs";
import { root } from "./run.mjs";

export const PEER_HEADER = "x-preploop-peer-address"; // lib/server/client-address.ts reads it

const args = process.argv.slice(2);
const dev = args.includes("--dev");
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(flag("-p") ?? process.env.PORT ?? 3000);
const hostname = flag("-H"); // undefined: every interface, like `next start`

let processes;
try {
  processes = workerCount({ dev });
} catch (e) {
  console.error(`[serve] ${e.message}`);
  process.exit(1);
}
if (processes > 1 && cluster.isPrimary) runPrimary({ processes, port });
else await serveHere();

/** One app process: Next.js behind node:http on `port` (shared with the others in a cluster). */
async function serveHere() {
  // In a cluster: answers the primary's SQL count (lib/server/query-stats.ts keeps it on
  // globalThis), and exits when the primary is gone (killed: it held the listening socket).
  if (cluster.isWorker) joinPrimary({ stop: () => process.exit(0), queryCount: () => globalThis.preploopQueryCount ?? 0 });
  // Tells the app (same process) that PEER_HEADER was written by this server.
  process.env.PREPLOOP_PEER_HEADER = "1";
  process.env.NODE_ENV ??= dev ? "development" : "production";

  // Loaded here, not at the top: a cluster's primary serves nothing and needs none of Next.
  const { default: next } = await import("next");
  const app = next({ dev, dir: root, hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  // Per-request state shared with the app (lib/server/db.ts marks a request whose database pool
  // wait ran out): such a request that Next answers with an error page (5xx) is answered instead
  // with a plain 503 page and Retry-After, like the API's 503 service_busy. A server component
  // cannot set its status; a page whose error comes after its first byte keeps Next's answer.
  const requestState = (globalThis[Symbol.for("preploop.requestState")] ??= new AsyncLocalStorage());

  const BUSY_PAGE =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    "<title>PrepLoop is busy</title></head><body><main><h1>PrepLoop is busy right now</h1>" +
    '<p>Too many requests are waiting for the database. Try again in a moment: <a href="">reload this page</a>.</p></main></body></html>';

  /** Replaces an error answer of a request that met the exhausted pool with BUSY_PAGE (503, Retry-After: 1). */
  function answerBusyPages(req, res, state) {
    const { writeHead, write, end } = res;
    let replaced = false;
    const replace = (status) => {
      if (replaced) return true;
      if (!state.poolBusy || res.headersSent || status < 500 || status === 503) return false;
      replaced = true;
      for (const name of ["content-length", "content-encoding", "etag", "transfer-encoding", "content-type", "cache-control"]) res.removeHeader(name);
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("cache-control", "no-store");
      res.setHeader("retry-after", "1");
      writeHead.call(res, 503);
      end.call(res, req.method === "HEAD" ? undefined : BUSY_PAGE);
      return true;
    };
    res.writeHead = function (status, ...rest) {
      return replace(status) ? this : writeHead.call(this, status, ...rest);
    };
    res.write = function (...args) {
      if (!replace(res.statusCode)) return write.apply(this, args);
      args.find((a) => typeof a === "function")?.();
      return true;
    };
    res.end = function (...args) {
      if (!replace(res.statusCode)) return end.apply(this, args);
      args.find((a) => typeof a === "function")?.();
      return this;
    };
  }

  const server = http.createServer((req, res) => {
    // Overwrite whatever the client sent (Node lower-cases incoming header names).
    delete req.headers[PEER_HEADER];
    const address = req.socket.remoteAddress;
    if (address) req.headers[PEER_HEADER] = address;
    const state = { poolBusy: false };
    answerBusyPages(req, res, state);
    requestState.run(state, () => void handle(req, res));
  });
  // In development Next attaches its hot-reload WebSocket handler to this server on the first request.
  server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout
  server.listen(port, hostname, () => {
    if (cluster.isPrimary) console.log(`[serve] ${dev ? "development" : "production"} server on port ${port}`);
  });

  function stop() {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  }
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
