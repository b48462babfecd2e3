import "server-only";
// Presence that survives a crashed instance. Every open stream owns one LivePresence row and
// pushes its `expiresAt` forward at each heartbeat; "here" means a row that has not expired.
// A stream that closes deletes its row and writes `leave`; a row whose instance died simply
// lapses, and whichever instance notices first (a heartbeat of any stream of the room, or a
// read of the room's state) deletes it and writes the `leave` (DELETE … RETURNING: exactly one
// instance gets each row, so exactly one leave is written).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { appendEventTx } from "./events";
import { type LiveRole, presenceAt, presenceTtlMs } from "./replay";

/** The SSE heartbeat (PREPLOOP_LIVE_HEARTBEAT_MS, default 15 s). */
export function heartbeatMs(): number {
  const v = env().PREPLOOP_LIVE_HEARTBEAT_MS;
  return v ? Number(v) : 15_000;
}

const expiry = (now: Date) => new Date(now.getTime() + presenceTtlMs(heartbeatMs()));
/** A UTC instant as the `timestamp(3)` columns Prisma writes (independent of the session time zone). */
const utc = (d: Date) => d.toISOString();

export type Presence = { id: string; liveMockId: string; userId: string; role: LiveRole };

/** A stream opened: its row and a `join`, in one transaction. */
export async function enter(liveMockId: string, userId: string, role: LiveRole, now = new Date()): Promise<Presence> {
  const p = { id: randomUUID(), liveMockId, userId, role };
  await db.$transaction(async (tx) => {
    await tx.livePresence.create({ data: { ...p, expiresAt: expiry(now) } });
    await appendEventTx(tx, liveMockId, { kind: "join", actorId: userId, payload: { role } });
  });
  return p;
}

/**
 * A heartbeat: pushes the row's expiry forward. If another instance already swept it (this
 * process stalled past the expiry), the row comes back with a new `join`.
 */
export async function refresh(p: Presence, now = new Date()) {
  const n = await db.livePresence.updateMany({ where: { id: p.id }, data: { expiresAt: expiry(now) } });
  if (n.count > 0) return;
  await db.$transaction(async (tx) => {
    await tx.livePresence.create({ data: { ...p, expiresAt: expiry(now) } });
    await appendEventTx(tx, p.liveMockId, { kind: "join", actorId: p.userId, payload: { role: p.role } });
  });
}

/** A stream closed: its row goes and a `leave` is written (none if it was already swept). */
export async function leave(p: Presence) {
  await db.$transaction(async (tx) => {
    const n = await tx.livePresence.deleteMany({ where: { id: p.id } });
    if (n.count > 0) await appendEventTx(tx, p.liveMockId, { kind: "leave", actorId: p.userId, payload: { role: p.role } });
  });
}

/** Deletes the room's expired rows and writes one `leave` (marked `expired`) for each. */
export async function sweep(liveMockId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const gone = await tx.$queryRaw<{ userId: string; role: string }[]>`
      DELETE FROM "LivePresence"
      WHERE "liveMockId" = ${liveMockId} AND "expiresAt" <= (${utc(now)}::timestamptz AT TIME ZONE 'UTC')
      RETURNING "userId", "role"`;
    for (const g of gone) await appendEventTx(tx, liveMockId, { kind: "leave", actorId: g.userId, payload: { role: g.role, expired: true } });
    return gone.length;
  });
}

/** Who is here now (expired rows swept first, so their leave events are written). */
export async function presenceOfRoom(liveMockId: string, now = new Date()): Promise<Record<LiveRole, boolean>> {
  await sweep(liveMockId, now);
  const rows = await db.livePresence.findMany({ where: { liveMockId }, select: { role: true, expiresAt: true } });
  return presenceAt(rows, now);
}
