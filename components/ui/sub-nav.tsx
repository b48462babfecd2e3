import { AppLink } from "@/components/ui/app-link";

type SubNavLink = { href: string; label: string };

/**
 * The tabs of an area (offers, practice…), with the current page marked. The tabs (AppLink) do not
 * prefetch: every page here is dynamic with no loading state, so a prefetch fetched only an
 * empty shell, yet cost a server render and browser work while the page started (decision 0025,
 * Session 8).
 */
export function SubNav({
  label,
  links,
  current,
  className = "",
}: {
  label: string;
  links: readonly SubNavLink[];
  current: string;
  /** Extra classes for the bar (e.g. `no-print`). */
  className?: string;
}) {
  return (
    <nav
      aria-label={label}
      className={`mb-6 flex flex-wrap gap-2 border-b border-slate-200 pb-3 dark:border-slate-800 ${className}`}
    >
      {links.map((l) => (
        <AppLink
          key={l.href}
          href={l.href}
          aria-current={current === l.href ? "page" : undefined}
          className={`rounded-md px-3 py-1.5 text-sm font-medium ${
            current === l.href
              ? "bg-indigo-50 text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300"
              : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          }`}
        >
          {l.label}
        </AppLink>
      ))}
    </nav>
  );
}
