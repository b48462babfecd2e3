"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  { href: "/plan", label: "5-year plan" },
  { href: "/plan/learning", label: "Learning log" },
  { href: "/plan/tracks", label: "Career tracks" },
  { href: "/plan/portfolio", label: "Portfolio" },
] as const;

export function PlanTabs() {
  const pathname = usePathname();
  return (
    <nav
      aria-label="Career plan"
      className="no-print mb-6 flex flex-wrap gap-1 border-b border-slate-200 dark:border-slate-800"
    >
      {TABS.map((t) => {
        const active = pathname === t.href;
        return (
          <Link
            key={t.href}
            href={t.href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
              active
                ? "border-indigo-600 text-indigo-700 dark:border-indigo-400 dark:text-indigo-300"
                : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
            }`}
          >
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
