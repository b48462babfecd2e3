// Where the machine's cores go during a load run, and what one response looks like on the wire
// (issue 20, decision 0024 session 11). Counted from /proc and from the raw bytes, so a loaded
// machine shifts the numbers less than it shifts req/s.
import fs from "node:fs";
import net from "node:net";

const TICK_MS = 10; // /proc reports clock ticks at 100 Hz

/** utime + stime (+ cutime + cstime with `children`) of one process in ms; 0 if it is gone. */
function procMs(pid, children = false) {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    const own = Number(f[11]) + Number(f[12]);
    return (own + (children ? Number(f[13]) + Number(f[14]) : 0)) * TICK_MS;
  } catch {
    return 0;
  }
}

/** Every live process whose parent is `ppid`. */
function childrenOf(ppid) {
  const out = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const f = fs.readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1].split(" ");
      if (Number(f[1]) === ppid) out.push(Number(name));
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

/** The whole machine's busy and total CPU time in ms (all cores), from /proc/stat. */
function machineMs() {
  const f = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = f[3] + f[4];
  return { busy: (total - idle) * TICK_MS, total: total * TICK_MS };
}

/**
 * A process's CPU with its children's: its own, the children it reaped (cutime) and its live
 * children. PostgreSQL: the postmaster and its backends (one that lives through a run counts in
 * its own stat, one that exits in the postmaster's); the app server: a cluster's primary and its
 * app processes (scripts/lib/cluster.mjs).
 */
export function processTreeMs(parent) {
  return procMs(parent, true) + childrenOf(parent).reduce((a, pid) => a + procMs(pid), 0);
}

/** A snapshot to diff: the app server, PostgreSQL, this process (autocannon runs in it) and the machine. */
export function coresSnapshot({ appPid, postmasterPid }) {
  const self = process.cpuUsage();
  return { at: performance.now(), app: processTreeMs(appPid), pg: postmasterPid ? processTreeMs(postmasterPid) : 0, bench: (self.user + self.system) / 1000, machine: machineMs() };
}

/** Per-request CPU of each party between two snapshots, and what else ran on the machine. */
export function coresText(before, after, requests) {
  const d = (k) => after[k] - before[k];
  const wall = after.at - before.at;
  const busy = after.machine.busy - before.machine.busy;
  const total = after.machine.total - before.machine.total;
  const others = busy - d("app") - d("pg") - d("bench");
  const per = (ms) => `${(ms / requests).toFixed(2)} ms`;
  const share = (ms) => `${((ms / busy) * 100).toFixed(0)} %`;
  return (
    `cores over ${(wall / 1000).toFixed(1)} s: machine ${((busy / total) * 100).toFixed(0)} % busy; per request app ${per(d("app"))} (${share(d("app"))}), ` +
    `PostgreSQL ${per(d("pg"))} (${share(d("pg"))}), autocannon ${per(d("bench"))} (${share(d("bench"))}), everything else on the machine ${per(others)} (${share(others)})`
  );
}

/**
 * One GET over a raw socket: the response's bytes on the wire, its body's bytes and how many
 * chunks the body came in (with chunked transfer encoding, one per write the server made: each
 * flush of a streamed page), and its content encoding.
 */
export function responseShape(baseUrl, path, headers = {}) {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname);
    const parts = [];
    socket.on("data", (b) => parts.push(b));
    socket.on("error", reject);
    socket.on("end", () => {
      const raw = Buffer.concat(parts);
      const split = raw.indexOf("\r\n\r\n");
      const head = raw.subarray(0, split).toString("latin1");
      let rest = raw.subarray(split + 4);
      const chunked = /\r\ntransfer-encoding:\s*chunked/i.test(head);
      const encoding = /\r\ncontent-encoding:\s*(\S+)/i.exec(head)?.[1] ?? "none";
      let body = 0;
      let chunks = 0;
      if (chunked) {
        for (;;) {
          const eol = rest.indexOf("\r\n");
          const size = parseInt(rest.subarray(0, eol).toString("latin1"), 16);
          if (!size) break;
          chunks++;
          body += size;
          rest = rest.subarray(eol + 2 + size + 2);
        }
      } else body = rest.length;
      resolve({ wire: raw.length, body, chunks: chunked ? chunks : 1, encoding, status: Number(head.split(" ")[1]) });
    });
    const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join("");
    socket.write(`GET ${path} HTTP/1.1\r\nhost: ${url.host}\r\nconnection: close\r\n${extra}\r\n`);
  });
}
