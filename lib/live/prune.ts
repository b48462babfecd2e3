import "server-only";
// Pruning the live rooms' event log (rules and numbers: lib/live/prune-rules.ts, decision 0019).
// A room is over when its row has not changed for PRUNE_AFTER_DAYS and it is not still to come
// (finished, cancelled, a started room left LIVE, a scheduled one whose time passed). Its noise
// events older than the cutoff are deleted; a room is visited again at most once per period
// (`prunedAt`), so late noise (someone opening a finished room) goes on the next visit. Lapsed
// presence rows older than an hour go too. Runs at a room's end, at most once an hour per
// instance, one instance at a time (advisory lock), in batches of rooms.
import { Prisma } from "@/lib/generated/prisma/client";
import { LOCK_SPACE, tryAdvisoryLock } from "@/lib/server/advisory-lock";
import { db } from "@/lib/server/db";
import { log } from "@/lib/server/log";
import { NOISE_KINDS, PRUNE_BATCH_ROOMS, PRUNE_MAX_BATCHES, pruneCutoff, shouldTryPrune } from "./prune-rules";

const utc = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

type PruneResult = { rooms: number; events: number; presence: number };

/** One pruning pass over every room that is over (callers hold the lock; tests call it directly). */
export async function pruneLiveEvents(now = new Date()): Promise<PruneResult> {
  const cutoff = utc(pruneCutoff(now));
  const total: PruneResult = { rooms: 0, events: 0, presence: 0 };
  for (let i = 0; i < PRUNE_MAX_BATCHES; i++) {
    const batch = await db.$transaction(async (tx) => {
      const rooms = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "LiveMock"
        WHERE "updatedAt" < ${cutoff}
          AND (status <> 'SCHEDULED' OR "scheduledAt" < ${cutoff})
          AND ("prunedAt" IS NULL OR "prunedAt" < ${cutoff})
        ORDER BY id
        LIMIT ${PRUNE_BATCH_ROOMS}
        FOR UPDATE SKIP LOCKED`;
      if (rooms.length === 0) return { rooms: 0, events: 0 };
      const ids = Prisma.join(rooms.map((r) => r.id));
      const events = await tx.$executeRaw`
        DELETE FROM "LiveEvent"
        WHERE "liveMockId" IN (${ids}) AND kind IN (${Prisma.join([...NOISE_KINDS])}) AND "createdAt" < ${cutoff}`;
      await tx.$executeRaw`UPDATE "LiveMock" SET "prunedAt" = ${utc(now)} WHERE id IN (${ids})`;
      return { rooms: rooms.length, events };
    });
    total.rooms += batch.rooms;
    total.events += batch.events;
    if (batch.rooms < PRUNE_BATCH_ROOMS) break;
  }
  total.presence = await db.$executeRaw`DELETE FROM "LivePresence" WHERE "expiresAt" < ${utc(new Date(now.getTime() - 3_600_000))}`;
  return total;
}

const g = globalThis as unknown as { preploopLivePruneAt?: number | null };

/**
 * At a room's end: prune if this instance has not tried for an hour and no other instance is
 * pruning now. Never throws (a failure is logged and tried again an hour later).
 */
export async function maybePruneLive(now = new Date()) {
  if (!shouldTryPrune(g.preploopLivePruneAt ?? null, now.getTime())) return null;
  g.preploopLivePruneAt = now.getTime();
  try {
    const release = await tryAdvisoryLock(LOCK_SPACE.livePrune, "live-prune");
    if (!release) return null;
    try {
      const r = await pruneLiveEvents(now);
      if (r.rooms || r.presence) log("info", "live_pruned", r);
      return r;
    } finally {
      await release();
    }
  } catch (e) {
    log("warn", "live_prune_failed", { message: e instanceof Error ? e.message.slice(0, 200) : String(e) });
    return null;
  }
}
