"use client";

import { AppLink } from "@/components/ui/app-link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { APP_NAV, HOME_PATH } from "@/lib/navigation";
import { Logo } from "./logo";
import { NotificationBell } from "./notification-bell";
import { SignOutButton } from "./sign-out-button";
import { ThemeToggle } from "./theme-toggle";

export function AppNav({ displayName, unread }: { displayName: string; unread: number }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const links = APP_NAV.map((item) => {
    const prefixes = [item.href, ...("also" in item ? item.also : [])];
    const active = prefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));
    return (
      <AppLink
        key={item.href}
        href={item.href}
        aria-current={active ? "page" : undefined}
        onClick={() => setOpen(false)}
        className={`rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap xl:px-1.5 ${
          active
            ? "bg-indigo-50 text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300"
            : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
        }`}
      >
        {item.label}
      </AppLink>
    );
  });
  return (
    <header className="no-print border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
        <div className="flex items-center gap-3">
          <Logo href={HOME_PATH} prefetch={false} />
          <nav aria-label="Main" className="hidden items-center gap-0.5 xl:flex">
            {links}
          </nav>
        </div>
        <div className="flex items-center gap-2">
          <NotificationBell initial={unread} />
          <div className="hidden items-center gap-2 xl:flex">
            {/* The name shows from 2xl (cut short when long): at xl the ten links, the bell, the
                theme toggle and Sign out only just fit 1280 px, and a name plus an unread badge
                pushed Sign out off the edge. */}
            <span
              title={displayName}
              className="hidden max-w-24 truncate text-sm text-slate-500 2xl:inline-block dark:text-slate-400"
            >
              {displayName}
            </span>
            <ThemeToggle />
            <SignOutButton />
          </div>
          <button
            type="button"
            className="rounded-md px-3 py-1.5 text-sm xl:hidden"
            aria-expanded={open}
            aria-controls="mobile-nav"
            onClick={() => setOpen((o) => !o)}
          >
            Menu
          </button>
        </div>
      </div>
      {open && (
        <nav
          id="mobile-nav"
          aria-label="Main"
          className="flex flex-col gap-1 border-t border-slate-200 px-4 py-3 xl:hidden dark:border-slate-800"
        >
          {links}
          <div className="mt-2 flex items-center justify-between">
            <span className="text-sm text-slate-600 dark:text-slate-400">{displayName}</span>
            <div className="flex items-center gap-2">
              <ThemeToggle />
              <SignOutButton />
            </div>
          </div>
        </nav>
      )}
    </header>
  );
}
