"use client";
// The unread count in the navigation. The first value comes from the server layout (read in
// the same query as the session user); App Router layouts do not re-render on client
// navigation, so the count refreshes itself when the path changes or a page announces a change.
import { AppLink } from "@/components/ui/app-link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";

export const UNREAD_CHANGED = "preploop:unread-changed";

export function NotificationBell({ initial }: { initial: number }) {
  const pathname = usePathname();
  const [unread, setUnread] = useState(initial);
  const first = useRef(true);

  useEffect(() => {
    const refresh = async () => {
      const res = await fetch("/api/notifications/unread-count", { credentials: "same-origin" }).catch(
        () => null,
      );
      if (res?.ok) setUnread(((await res.json()) as { unread: number }).unread);
    };
    if (first.current) first.current = false;
    else void refresh();
    const onChange = (e: Event) => {
      const n = (e as CustomEvent<number | undefined>).detail;
      if (typeof n === "number") setUnread(n);
      else void refresh();
    };
    window.addEventListener(UNREAD_CHANGED, onChange);
    return () => window.removeEventListener(UNREAD_CHANGED, onChange);
  }, [pathname]);

  const label = unread === 0 ? "Notifications, none unread" : `Notifications, ${unread} unread`;
  return (
    <AppLink
      href="/notifications"
      aria-label={label}
      title={label}
      aria-current={pathname === "/notifications" ? "page" : undefined}
      className="relative inline-flex items-center rounded-md px-2 py-1.5 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" />
      </svg>
      {unread > 0 && (
        <span
          aria-hidden="true"
          data-testid="unread-count"
          className="ml-0.5 rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white tabular-nums"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </AppLink>
  );
}
