"use client";

import { AppLink } from "@/components/ui/app-link";
import { useState } from "react";
import { BenefitsComparison } from "@/components/offers/benefits-list";
import { WeightsIsland } from "@/components/offers/weights-island";
import { Alert } from "@/components/ui/alert";
import { inputClass } from "@/components/ui/field";
import { api } from "@/lib/client/api";
import { criteriaFormValues } from "@/lib/offers/criteria-values";
import { selectionQuery } from "@/lib/offers/selection-query";
import type { MatrixView } from "@/lib/offers/matrix-store";
import { formatMoney } from "@/lib/offers/money";

function SensitivityLine({ matrix }: { matrix: MatrixView }) {
  const s = matrix.sensitivity;
  const label = (id: string) => matrix.offers.find((o) => o.id === id)?.label ?? "another offer";
  let text: string;
  if (s.kind === "none") {
    text =
      s.reason === "fewer_than_two"
        ? "Add a second offer to see how sensitive the ranking is to the weights."
        : s.reason === "tie"
          ? "The top offers are tied: any change to a weight that favours one of them decides it."
          : "No change to a single weight would change the winner: the ranking is robust.";
  } else {
    const b = s.best;
    text = `${b.change > 0 ? "Raising" : "Lowering"} “${b.criterionName}” from ${b.from} to ${b.to} (the other weights scaled in proportion to keep the total at 100) would make ${label(b.newWinnerId)} the winner. That is the smallest change to one weight that changes the winner.`;
  }
  return (
    <p className="rounded-md bg-slate-100 px-4 py-3 text-sm dark:bg-slate-800" data-testid="sensitivity">
      <strong>Sensitivity: </strong>
      {text}
    </p>
  );
}

/** The offer column stays in view while the criteria scroll under it on a narrow screen. */
const stickyCell = "sticky left-0 z-10 max-w-[11rem] bg-slate-50 sm:max-w-none dark:bg-slate-950";

export function MatrixEditor({ initial }: { initial: MatrixView }) {
  const [matrix, setMatrix] = useState(initial);
  const [scoreError, setScoreError] = useState<string | null>(null);
  // The ticks follow a click at once; the matrix follows when the server answers.
  const [selected, setSelected] = useState<string[]>(initial.offers.map((o) => o.id));
  const query = selectionQuery(selected, matrix.available);

  /** Reloads the matrix over `ids` and keeps the choice in the address (a reload shows the same comparison). */
  async function load(ids: string[]) {
    const q = selectionQuery(ids, matrix.available);
    const fresh = await api<{ matrix: MatrixView }>(`/api/offers/matrix${q}`);
    if (!fresh.ok) {
      setScoreError(`Could not load the comparison: ${fresh.error.message}`);
      setSelected(matrix.offers.map((o) => o.id));
      return null;
    }
    setMatrix(fresh.data.matrix);
    setSelected(fresh.data.matrix.offers.map((o) => o.id));
    window.history.replaceState(null, "", `/offers/compare${q}`);
    return fresh.data.matrix;
  }

  function toggle(offerId: string, on: boolean) {
    const ids = matrix.available
      .map((o) => o.id)
      .filter((id) => (id === offerId ? on : selected.includes(id)));
    setSelected(ids);
    void load(ids);
  }

  const offersInOrder = matrix.offers;
  const rowFor = (offerId: string) => matrix.rows.find((r) => r.offerId === offerId)!;

  async function setScore(offerId: string, criterionId: string, value: string) {
    setScoreError(null);
    const res = await api<{ matrix: MatrixView }>(`/api/offers/${offerId}/scores`, {
      method: "PUT",
      body: { scores: [{ criterionId, score: value === "" ? null : Number(value) }] },
    });
    if (res.ok) await load(selected);
    else
      setScoreError(`Could not save that score: ${Object.values(res.error.fields)[0] ?? res.error.message}`);
  }

  return (
    <div className="space-y-10">
      <WeightsIsland initial={criteriaFormValues(initial)} reload={() => load(selected)} />

      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">Offers to compare</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {selected.length} of {matrix.available.length} offer{matrix.available.length === 1 ? "" : "s"}{" "}
          chosen. The scores, ranking and sensitivity below cover the chosen offers only. Archived offers stay
          out unless you tick them.
        </p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {matrix.available.map((o) => {
            const on = selected.includes(o.id);
            return (
              <li key={o.id}>
                <label className="inline-flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="h-4 w-4"
                    checked={on}
                    // The last chosen offer stays: a comparison of nothing says nothing.
                    disabled={on && selected.length === 1}
                    onChange={(e) => toggle(o.id, e.target.checked)}
                  />
                  {o.label}
                  {o.archivedAt && <span className="text-xs text-slate-500 dark:text-slate-400">(archived)</span>}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <section aria-labelledby="scores-heading" className="space-y-4">
        <h2 id="scores-heading" className="text-lg font-semibold">
          Scores (1-10)
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Each change saves at once.{" "}
          {matrix.derivedAvailable
            ? "Leave total compensation on “Derived” to score it from the 4-year totals (best offer 10, the others in proportion), or set it by hand."
            : "The offers are in different currencies, so the compensation score cannot be derived from the totals: score it by hand."}
        </p>
        {scoreError && <Alert tone="error">{scoreError}</Alert>}
        {offersInOrder.length === 0 && (
          <p className="text-sm font-medium">Every offer is archived: tick one under “Offers to compare” to score it.</p>
        )}
        <p className="text-sm text-slate-600 sm:hidden dark:text-slate-400">
          The offer and its weighted total stay in view; swipe the table sideways for each criterion.
        </p>
        <div
          className="overflow-x-auto"
          tabIndex={0}
          role="region"
          aria-label="Scores by offer and criterion"
        >
          <table className="w-full min-w-[40rem] text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-left dark:border-slate-700">
                <th scope="col" className={`${stickyCell} py-2 pr-3 font-medium`}>
                  Offer
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  Weighted total
                </th>
                {matrix.criteria.map((c) => (
                  <th key={c.id} scope="col" className="py-2 pr-3 font-medium">
                    {c.name}{" "}
                    <span className="font-normal text-slate-500 dark:text-slate-400">({c.weight})</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {offersInOrder.map((o) => {
                const row = rowFor(o.id);
                return (
                  <tr key={o.id} className="border-b border-slate-100 dark:border-slate-800">
                    <th scope="row" className={`${stickyCell} py-2 pr-3 text-left font-normal`}>
                      <AppLink
                        href={`/offers/${o.id}`}
                        className="text-indigo-700 underline dark:text-indigo-300"
                      >
                        {o.label}
                      </AppLink>
                      <div className="text-xs text-slate-500 dark:text-slate-400">
                        4 years: {formatMoney(o.fourYearTotal, o.currency)}
                      </div>
                    </th>
                    <td className="py-2 pr-3 text-right font-semibold tabular-nums">{row.weightedTotal}</td>
                    {matrix.criteria.map((c) => {
                      const cell = row.cells[c.id]!;
                      const derivable = c.kind === "COMPENSATION" && matrix.derivedAvailable;
                      return (
                        <td key={c.id} className="py-2 pr-3">
                          <select
                            aria-label={`${c.name} score for ${o.label}`}
                            className={`${inputClass} !w-auto`}
                            value={cell.source === "manual" ? String(cell.score! / 100) : ""}
                            onChange={(e) => void setScore(o.id, c.id, e.target.value)}
                          >
                            <option value="">
                              {derivable ? `Derived (${cell.display ?? "–"})` : "Not scored"}
                            </option>
                            {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
                              <option key={n} value={n}>
                                {n}
                              </option>
                            ))}
                          </select>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="ranking-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="ranking-heading" className="text-lg font-semibold">
            Ranking
          </h2>
          <a
            href={`/api/offers/matrix/csv${query}`}
            download
            className="text-sm font-medium text-indigo-700 underline dark:text-indigo-300"
          >
            Export the matrix as CSV
          </a>
        </div>
        <ol className="space-y-2" aria-label="Ranking by weighted total">
          {matrix.rows.map((r) => (
            <li
              key={r.offerId}
              className="flex flex-wrap items-baseline justify-between gap-2 rounded-md border border-slate-200 px-4 py-2 dark:border-slate-800"
            >
              <span>
                <span className="mr-2 font-semibold">#{r.rank}</span>
                {r.label}
                {r.offerId === matrix.winnerId && (
                  <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs text-green-800 dark:bg-green-950 dark:text-green-300">
                    Top choice
                  </span>
                )}
              </span>
              <span className="tabular-nums">
                <strong>{r.weightedTotal}</strong> / 10
                {r.missing > 0 && (
                  <span className="ml-2 text-xs text-amber-700 dark:text-amber-400">
                    {r.missing} unscored (counted as 0)
                  </span>
                )}
              </span>
            </li>
          ))}
        </ol>
        <SensitivityLine matrix={matrix} />
      </section>

      <section aria-labelledby="benefits-heading" className="space-y-3">
        <h2 id="benefits-heading" className="text-lg font-semibold">
          Benefits
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The guide&apos;s benefits checklist. The guide&apos;s weights have no benefits criterion: benefits count through total
          compensation (the yearly benefits value and the retirement match are in the 4-year total); the learning and conference
          amounts are shown here, not added to it. Edit an offer to tick what it includes.
        </p>
        <BenefitsComparison offers={offersInOrder} />
      </section>

      <section aria-labelledby="notes-heading" className="space-y-3">
        <h2 id="notes-heading" className="text-lg font-semibold">
          Qualitative notes
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The guide suggests weighing mentorship quality and project impact too. Edit notes on each offer.
        </p>
        <dl className="space-y-2">
          {offersInOrder.map((o) => (
            <div key={o.id}>
              <dt className="text-sm font-medium">{o.label}</dt>
              <dd className="text-sm whitespace-pre-line text-slate-700 dark:text-slate-300">
                {o.notes || "No notes yet."}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
