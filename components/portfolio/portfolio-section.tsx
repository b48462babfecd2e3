import { type ReactNode } from "react";

/** One section of the printable portfolio; each domain renders its own. */
export function PortfolioSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="border-t border-slate-200 pt-5 dark:border-slate-800 print:break-inside-avoid print:border-slate-300"
    >
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
