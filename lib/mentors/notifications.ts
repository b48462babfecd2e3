import "server-only";
// In-app notifications. Written in the same transaction as the event they announce.
import { type NotificationKind, type Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

type Tx = Prisma.TransactionClient;

export async function notify(tx: Tx, userId: string, kind: NotificationKind, text: string, link: string) {
  await tx.notification.create({ data: { userId, kind, text: text.slice(0, 300), link } });
}

export type NotificationView = {
  id: string;
  kind: string;
  text: string;
  link: string;
  read: boolean;
  createdAt: string;
};

export async function listNotifications(userId: string, opts: { unreadOnly?: boolean; limit?: number } = {}) {
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId, ...(opts.unreadOnly ? { readAt: null } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: opts.limit ?? 50,
      select: { id: true, kind: true, text: true, link: true, readAt: true, createdAt: true },
    }),
    unreadCount(userId),
  ]);
  const items: NotificationView[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind.toLowerCase().replaceAll("_", "-"),
    text: r.text,
    link: r.link,
    read: r.readAt !== null,
    createdAt: r.createdAt.toISOString(),
  }));
  return { items, unread };
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
