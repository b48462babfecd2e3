// How long an item has waited in a mentor's queue, in words. Pure.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** Whole units, rounded down: under a minute "just now", then minutes, hours, days. */
export function waitedLabel(since: Date, now: Date): string {
  const ms = Math.max(0, now.getTime() - since.getTime());
  if (ms < MINUTE) return "waiting since just now";
  if (ms < HOUR) return `waited ${plural(Math.floor(ms / MINUTE), "minute")}`;
  if (ms < DAY) return `waited ${plural(Math.floor(ms / HOUR), "hour")}`;
  return `waited ${plural(Math.floor(ms / DAY), "day")}`;
}

/** Oldest first; ties by id so the order is stable. */
export function byWaitingTime<T extends { requestedAt: Date; id: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => a.requestedAt.getTime() - b.requestedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
