"use client";

import { Alert } from "@/components/ui/alert";
import { TickList } from "@/components/ui/tick-list";
import { api } from "@/lib/client/api";
import { useTickSet } from "@/lib/client/use-tick-set";
import { NEGOTIATION } from "@/lib/offers/data/negotiation";

/** The guide's beyond-base negotiables, ticked per offer; each tick saves at once. */
export function NegotiablesChecklist({ offerId, initial }: { offerId: string; initial: string[] }) {
  const { checked, toggle, error, status } = useTickSet(initial, (key, value) =>
    api(`/api/offers/${offerId}/negotiables`, { method: "PUT", body: { key, checked: value }, keepalive: true }),
  );
  const total = NEGOTIATION.negotiables.reduce((n, g) => n + g.items.length, 0);

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {checked.size} of {total} discussed. <span className="text-slate-500 dark:text-slate-400">{status}</span>
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="grid gap-4 md:grid-cols-2">
        {NEGOTIATION.negotiables.map((g) => (
          <fieldset key={g.group}>
            <legend className="mb-2 text-sm font-semibold">{g.group}</legend>
            <TickList items={g.items} checked={(k) => checked.has(k)} onToggle={(k, on) => void toggle(k, on)} />
          </fieldset>
        ))}
      </div>
    </div>
  );
}
