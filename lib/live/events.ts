import "server-only";
// Writing and reading a room's events. A write is one transaction: the row, then pg_notify
// with the room id only (delivered at commit, so a listener never reads before the row is
// visible). Readers take the rows after the last id they sent, in id order.
import { type Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { LIVE_CHANNEL } from "./bus";
import { type Audience } from "./replay";

type Tx = Prisma.TransactionClient;

type NewEvent = { kind: string; audience?: Audience; actorId?: string | null; payload?: Record<string, unknown> };

/** Appends one event inside `tx` and queues its notification (sent when `tx` commits). */
export async function appendEventTx(tx: Tx, liveMockId: string, e: NewEvent) {
  const row = await tx.liveEvent.create({
    data: {
      liveMockId,
      kind: e.kind,
      audience: e.audience ?? "all",
      actorId: e.actorId ?? null,
      payload: (e.payload ?? {}) as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${liveMockId})`;
  return row.id;
}

/** At most this many events per read; a reader that got a full page reads again at once. */
export const READ_PAGE = 500;

export function eventsAfter(liveMockId: string, after: bigint, take = READ_PAGE) {
  return db.liveEvent.findMany({
    where: { liveMockId, id: { gt: after } },
    orderBy: { id: "asc" },
    take,
    select: { id: true, kind: true, audience: true, payload: true, createdAt: true },
  });
}

export async function lastEventId(liveMockId: string): Promise<bigint> {
  const row = await db.liveEvent.findFirst({ where: { liveMockId }, orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? 0n;
}
