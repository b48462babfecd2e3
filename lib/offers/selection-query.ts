// Which offers the comparison matrix holds, and the address that keeps a choice. Pure, and
// without zod (the query's schema is in ./matrix-selection): the matrix editor runs it in the
// browser (decision 0025, Session 8).

type Selectable = { id: string; archivedAt?: string | null };

/** The offers compared when none are chosen: every active (not archived) one. */
export function defaultSelection<T extends Selectable>(offers: readonly T[]): T[] {
  return offers.filter((o) => !o.archivedAt);
}

/**
 * The offers to compare, in their usual order: every active offer without a selection,
 * otherwise the ones named, archived ones included when named (ids that are not among
 * `offers`, such as another user's, are left out).
 */
export function selectOffers<T extends Selectable>(offers: readonly T[], selection: readonly string[] | undefined): T[] {
  if (selection === undefined) return defaultSelection(offers);
  const wanted = new Set(selection);
  return offers.filter((o) => wanted.has(o.id));
}

/** The query string for a selection: empty when it is the default (every active offer). */
export function selectionQuery(selected: readonly string[], all: readonly Selectable[]): string {
  const active = defaultSelection(all);
  return selected.length === active.length && active.every((o) => selected.includes(o.id)) ? "" : `?offers=${selected.join(",")}`;
}
