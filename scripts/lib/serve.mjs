// The app's HTTP server (instead of `next start` / `next dev`): Next.js behind node:http, so
// every request carries its socket address in a header the client cannot set. Next itself
// only fills X-Forwarded-For when it is absent, so a client-sent one would survive.
//   node scripts/lib/serve.mjs [--dev] [-p PORT] [-H HOSTNAME]
import http from "node:http";
import next from "next";
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

// Tells the app (same process) that PEER_HEADER was written by this server.
process.env.PREPLOOP_PEER_HEADER = "1";
process.env.NODE_ENV ??= dev ? "development" : "production";

const app = next({ dev, dir: root, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  // Overwrite whatever the client sent (Node lower-cases incoming header names).
  delete req.headers[PEER_HEADER];
  const address = req.socket.remoteAddress;
  if (address) req.headers[PEER_HEADER] = address;
  void handle(req, res);
});
// In development Next attaches its hot-reload WebSocket handler to this server on the first request.
server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout
server.listen(port, hostname, () => {
  console.log(`[serve] ${dev ? "development" : "production"} server on port ${port}`);
});

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
