"use client";
import { AppLink } from "@/components/ui/app-link";
import { useRouter } from "next/navigation";
import { UNREAD_CHANGED } from "@/components/layout/notification-bell";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import { type NotificationView } from "@/lib/mentors/notifications";
import { when } from "./format";

export function NotificationList({ items, unread }: { items: NotificationView[]; unread: number }) {
  const router = useRouter();
  async function mark(body: { ids: string[] } | { all: true }) {
    const res = await api<{ unread: number }>("/api/notifications/read", { body });
    if (res.ok) window.dispatchEvent(new CustomEvent(UNREAD_CHANGED, { detail: res.data.unread }));
    router.refresh();
  }
  if (items.length === 0)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Nothing yet. You will hear here when a mentor accepts, reviews or replies.
      </p>
    );
  return (
    <div>
      <div className="mb-3 flex items-center justify-between gap-2">
        <p className="text-sm" role="status">
          {unread === 0 ? "All read." : `${unread} unread`}
        </p>
        {unread > 0 && (
          <Button variant="secondary" onClick={() => void mark({ all: true })}>
            Mark all as read
          </Button>
        )}
      </div>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
        {items.map((n) => (
          <li
            key={n.id}
            className={`flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm ${n.read ? "" : "bg-indigo-50/60 dark:bg-indigo-950/40"}`}
          >
            <div>
              {!n.read && <span className="sr-only">Unread: </span>}
              {n.link ? (
                <AppLink
                  href={n.link}
                  onClick={() => (n.read ? undefined : void mark({ ids: [n.id] }))}
                  className={`hover:underline ${n.read ? "" : "font-semibold"}`}
                >
                  {n.text}
                </AppLink>
              ) : (
                <span className={n.read ? "" : "font-semibold"}>{n.text}</span>
              )}
              <span className="block text-xs text-slate-600 dark:text-slate-400">{when(n.createdAt)}</span>
            </div>
            {!n.read && (
              <Button
                variant="ghost"
                className="px-2 py-1 text-xs"
                onClick={() => void mark({ ids: [n.id] })}
                aria-label={`Mark “${n.text}” as read`}
              >
                Mark read
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
