import Link from "next/link";

const LINKS = [
  { href: "/offers", label: "Your offers" },
  { href: "/offers/compare", label: "Compare" },
  { href: "/offers/negotiation", label: "Negotiation" },
];

export function OffersSubnav({ current }: { current: string }) {
  return (
    <nav aria-label="Offers" className="mb-6 flex flex-wrap gap-2 border-b border-slate-200 pb-3 dark:border-slate-800">
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
