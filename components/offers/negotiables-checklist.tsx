"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { api } from "@/lib/client/api";
import { NEGOTIATION } from "@/lib/offers/data/negotiation";

/** The guide's beyond-base negotiables, ticked per offer; each tick saves at once. */
export function NegotiablesChecklist({ offerId, initial }: { offerId: string; initial: string[] }) {
  const [checked, setChecked] = useState(new Set(initial));
  const [error, setError] = useState<string | null>(null);
  const total = NEGOTIATION.negotiables.reduce((n, g) => n + g.items.length, 0);

  // Optimistic and per key: concurrent ticks never overwrite each other.
  async function toggle(key: string, value: boolean) {
    const apply = (on: boolean) =>
      setChecked((prev) => {
        const next = new Set(prev);
        if (on) next.add(key);
        else next.delete(key);
        return next;
      });
    apply(value);
    setError(null);
    const res = await api<{ negotiables: string[] }>(`/api/offers/${offerId}/negotiables`, { method: "PUT", body: { key, checked: value } });
    if (!res.ok) {
      apply(!value);
      setError(`Could not save that tick: ${res.error.message}`);
    }
  }

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {checked.size} of {total} discussed.
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
