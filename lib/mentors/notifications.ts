import "server-only";
// In-app notifications. Written in the same transaction as the event they announce, as
// references only (kind, actor, candidate, item); the text and the link are rendered each time
// the recipient reads them, through the item's access rules (see notification-text.ts), so a
// mentor who loses access to an item also loses its title from old notifications and exports.
import { type NotificationKind, type Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { type ItemRef, itemKey, itemsVisibleToMentor, planTitle } from "./access";
import { renderNotification } from "./notification-text";

type Tx = Prisma.TransactionClient;

type NotificationRefs = {
  actorId: string;
  /** The candidate of the mentorship the event belongs to (the recipient, when they are the candidate). */
  candidateId: string;
  attemptId?: string | null;
  mockId?: string | null;
  /** A live mock (issue 19): the text names no item; the room checks access when opened. */
  liveMockId?: string | null;
  again?: boolean;
};

export async function notify(tx: Tx, userId: string, kind: NotificationKind, refs: NotificationRefs) {
  await tx.notification.create({ data: { userId, kind, ...refs } });
}

export type NotificationView = {
  id: string;
  kind: string;
  text: string;
  /** Where to open it; null when it is about an item the reader may no longer see. */
  link: string | null;
  read: boolean;
  createdAt: string;
};

const rowSelect = {
  id: true,
  kind: true,
  actorId: true,
  candidateId: true,
  attemptId: true,
  mockId: true,
  liveMockId: true,
  again: true,
  readAt: true,
  createdAt: true,
} satisfies Prisma.NotificationSelect;

type Row = Prisma.NotificationGetPayload<{ select: typeof rowSelect }>;

const toCandidate = (userId: string, r: Row) => r.kind === "INVITATION_ACCEPTED" || r.candidateId === userId;
const hasItem = (r: Row) => r.attemptId !== null || r.mockId !== null;

/** Text and link of each row as `userId` may read them now: a fixed 4-7 queries whatever the number of rows. */
async function presentNotifications(userId: string, rows: readonly Row[]) {
  const own = rows.filter((r) => toCandidate(userId, r) && hasItem(r));
  const theirs: ItemRef[] = rows
    .filter((r) => !toCandidate(userId, r) && hasItem(r) && r.candidateId)
    .map((r) => ({ candidateId: r.candidateId!, attemptId: r.attemptId, mockId: r.mockId }));
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const ownAttemptIds = [...new Set(own.flatMap((r) => (r.attemptId ? [r.attemptId] : [])))];
  const ownMockIds = [...new Set(own.flatMap((r) => (!r.attemptId && r.mockId ? [r.mockId] : [])))];
  const [actors, attempts, mocks, visible] = await Promise.all([
    actorIds.length
      ? db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } })
      : [],
    ownAttemptIds.length
      ? db.practiceAttempt.findMany({
          where: { id: { in: ownAttemptIds }, userId },
          select: { id: true, question: { select: { title: true } } },
        })
      : [],
    ownMockIds.length
      ? db.mock.findMany({ where: { id: { in: ownMockIds }, userId }, select: { id: true, plan: true } })
      : [],
    itemsVisibleToMentor(userId, theirs),
  ]);
  const names = new Map(actors.map((u) => [u.id, u.displayName]));
  const ownTitles = new Map<string, string>([
    ...attempts.map((a) => [itemKey({ attemptId: a.id, mockId: null }), a.question.title] as const),
    ...mocks.map((m) => [itemKey({ attemptId: null, mockId: m.id }), planTitle(m.plan)] as const),
  ]);
  return rows.map((r) => {
    const mine = toCandidate(userId, r);
    const { text, link } = renderNotification({
      kind: r.kind,
      toCandidate: mine,
      actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
      again: r.again,
      candidateId: r.candidateId,
      attemptId: r.attemptId,
      mockId: r.mockId,
      liveMockId: r.liveMockId,
      title: hasItem(r) ? ((mine ? ownTitles : visible).get(itemKey(r)) ?? null) : null,
    });
    return { row: r, text, link };
  });
}

export async function listNotifications(userId: string, opts: { unreadOnly?: boolean; limit?: number } = {}) {
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId, ...(opts.unreadOnly ? { readAt: null } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: opts.limit ?? 50,
      select: rowSelect,
    }),
    unreadCount(userId),
  ]);
  const items: NotificationView[] = (await presentNotifications(userId, rows)).map(({ row: r, text, link }) => ({
    id: r.id,
    kind: r.kind.toLowerCase().replaceAll("_", "-"),
    text,
    link,
    read: r.readAt !== null,
    createdAt: r.createdAt.toISOString(),
  }));
  return { items, unread };
}

/** The export's copy: the same rendering (no title of an item the user may no longer see). */
export async function exportNotifications(userId: string) {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    take: 10_000,
    select: rowSelect,
  });
  return (await presentNotifications(userId, rows)).map(({ row: r, text, link }) => ({
    kind: r.kind,
    text,
    link,
    readAt: r.readAt,
    createdAt: r.createdAt,
  }));
}

/** One indexed count on (userId, readAt). */
export function unreadCount(userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function markRead(userId: string, which: { ids: string[] } | { all: true }, now = new Date()) {
  await db.notification.updateMany({
    where: { userId, readAt: null, ...("ids" in which ? { id: { in: which.ids } } : {}) },
    data: { readAt: now },
  });
  return { unread: await unreadCount(userId) };
}
