import { type ReactNode } from "react";

export const cardClass = "rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900";
export const mutedText = "text-sm text-slate-600 dark:text-slate-400";
export const linkClass = "text-indigo-700 underline dark:text-indigo-300";

/** A titled dashboard section. */
export function Card({ id, title, children, className = "" }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={`${cardClass} ${className}`}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
