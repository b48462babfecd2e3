// Processes seen from /proc, for the tests of the app server's processes (start-lifecycle,
// serve-cluster).
import fs from "node:fs";

/** The fields of /proc/<pid>/stat after the command name (index 1: the parent's pid). */
const statFields = (pid: number | string) => fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");

/** The live processes whose parent is `ppid`. */
export function childrenOf(ppid: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((n) => /^\d+$/.test(n))
    .filter((n) => {
      try {
        return Number(statFields(n)[1]) === ppid;
      } catch {
        return false; // exited meanwhile
      }
    })
    .map(Number);
}

/** A process's CPU time so far in clock ticks (user + system). */
export function cpuTicks(pid: number): number {
  const f = statFields(pid);
  return Number(f[11]) + Number(f[12]);
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
