import Link from "next/link";

const LINKS = [
  { href: "/practice", label: "Review queue" },
  { href: "/practice/quiz", label: "Micro-quiz" },
  { href: "/practice/journal", label: "Journal" },
  { href: "/practice/interviews", label: "Interviews" },
] as const;

export function PracticeSubnav({ current }: { current: string }) {
  return (
    <nav aria-label="Practice" className="mb-6 flex flex-wrap gap-2 border-b border-slate-200 pb-3 dark:border-slate-800">
      {LINKS.map((l) => (
        <Link
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
        </Link>
      ))}
    </nav>
  );
}
