// The app server as several processes sharing its port (node:cluster), so that a production
// server uses every core: Node runs JavaScript on one thread, and a page render is CPU work
// (issue 20: on 2 cores one process held the dashboard at one core's worth of renders while the
// other core stood half idle). Every per-process state of the app is exact across processes
// already, as across instances (the session cache through PostgreSQL NOTIFY, the dashboard's
// cache keyed on the database's versions, live mocks through NOTIFY, throttles in PostgreSQL).
// PREPLOOP_WORKERS: how many; unset, one per core (at most MAX_DEFAULT: each process has its own
// pool of PREPLOOP_DB_POOL_MAX connections and one or two LISTEN connections, and PostgreSQL's
// default max_connections is 100); 1 runs no cluster.
import cluster from "node:cluster";
import os from "node:os";

export const MAX_DEFAULT = 4;
export const MAX_WORKERS = 64;

/** The processes to run, from PREPLOOP_WORKERS; a wrong value is an error message (thrown). */
export function workerCount({ dev = false, env = process.env, cores = os.availableParallelism() } = {}) {
  const raw = env.PREPLOOP_WORKERS;
  if (raw === undefined || raw === "") return dev ? 1 : Math.max(1, Math.min(cores, MAX_DEFAULT));
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= MAX_WORKERS)) throw new Error(`PREPLOOP_WORKERS must be a whole number from 1 to ${MAX_WORKERS} (got "${raw}")`);
  if (dev && n > 1) throw new Error("PREPLOOP_WORKERS: the development server runs in one process (unset it or set 1)");
  return n;
}

// Set in each app process of a cluster (Node's own NODE_UNIQUE_ID is gone once it has started).
export const WORKER_ENV = "PREPLOOP_CLUSTER_PROCESS";

// Messages between the processes (benchmarks' SQL count: lib/server/query-stats.ts).
export const COUNT_ALL = "preploop:query-count-all";
export const COUNT_ONE = "preploop:query-count-one";

/**
 * The primary: starts `processes` app processes and stops them all, with the first's exit code,
 * when one stops on its own (a supervisor then restarts the whole server, as for one process);
 * SIGTERM and SIGINT stop them all and exit 0 once they are gone.
 */
export function runPrimary({ processes, port, log = console }) {
  let stopping = false;
  let exitCode = 0;
  let listening = 0;
  const stop = (code, reason) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    if (reason) log.error(reason);
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    setTimeout(() => process.exit(exitCode), 10_000).unref();
  };
  // One after the other: the first answers as soon as a single process would (they would share
  // the cores while starting), the next starts once the one before it listens.
  let forked = 0;
  const forkNext = () => {
    forked += 1;
    cluster.fork({ [WORKER_ENV]: String(forked) });
  };
  cluster.on("listening", () => {
    if (++listening === processes) log.log(`[serve] production server on port ${port} (${processes} processes, pid ${process.pid})`);
    else if (forked < processes && !stopping) forkNext();
  });
  cluster.on("exit", (worker, code, signal) => {
    const clean = code === 0 && !signal;
    const how = signal ? `killed by ${signal}` : `exit code ${code}`;
    stop(clean ? 0 : 1, clean ? null : `[serve] app process ${worker.process.pid} stopped (${how}); stopping the server`);
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
  });
  // One process asks for the SQL count of all: each answers its own, the sum goes back.
  const pending = new Map();
  cluster.on("message", (worker, m) => {
    if (m?.type === COUNT_ALL) {
      const all = Object.values(cluster.workers ?? {}).filter(Boolean);
      pending.set(m.id, { from: worker, left: all.length, queries: 0 });
      for (const w of all) w.send({ type: COUNT_ONE, id: m.id });
    } else if (m?.type === COUNT_ONE && pending.has(m.id)) {
      const p = pending.get(m.id);
      p.queries += m.queries;
      if (--p.left === 0) {
        pending.delete(m.id);
        p.from.send({ type: COUNT_ALL, id: m.id, queries: p.queries });
      }
    }
  });
  for (const sig of ["SIGTERM", "SIGINT"]) process.on(sig, () => stop(0));
  forkNext();
}

/** In an app process: answers the primary's count requests; `stop` runs when the primary is gone. */
export function joinPrimary({ stop, queryCount }) {
  process.on("message", (m) => {
    if (m?.type === COUNT_ONE) process.send?.({ type: COUNT_ONE, id: m.id, queries: queryCount() });
  });
  process.on("disconnect", stop);
}
