"use client";

import dynamic from "next/dynamic";
import type { YearView } from "@/lib/offers/offer-view";

const CompChart = dynamic(() => import("./comp-chart"), {
  ssr: false,
  loading: () => <p className="py-24 text-center text-sm text-slate-500 dark:text-slate-400">Loading chart…</p>,
});

export function CompChartLazy({ years, currency, label }: { years: YearView[]; currency: string; label: string }) {
  return (
    <figure role="group" aria-label={label} className="text-slate-700 dark:text-slate-300">
      <div aria-hidden="true">
        <CompChart years={years} currency={currency} />
      </div>
      <figcaption className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        Stacked by component; the table shows the same figures.
      </figcaption>
    </figure>
  );
}
