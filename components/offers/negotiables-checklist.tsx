"use client";

import { Alert } from "@/components/ui/alert";
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
            <ul className="space-y-1.5">
              {g.items.map((item) => (
                <li key={item.key}>
                  <label className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="mt-0.5 h-4 w-4 accent-indigo-600"
                      checked={checked.has(item.key)}
                      onChange={(e) => void toggle(item.key, e.target.checked)}
                    />
                    <span>{item.text}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
    </div>
  );
}
