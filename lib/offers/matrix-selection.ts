// Which offers the comparison matrix holds. Pure.
import { z } from "zod";

/** At most this many offers in one selection (far more than anyone compares). */
const MAX_SELECTED = 50;

const offerId = z.string().regex(/^[a-z0-9]{1,40}$/i, "An offer id is letters and digits.");

/**
 * `?offers=id1,id2` on the matrix (and its CSV): the offers to compare. Absent means every
 * active offer; present, it must name at least one offer.
 */
export const matrixQuerySchema = z.strictObject({
  offers: z
    .string()
    .max(MAX_SELECTED * 41)
    .transform((s) => s.split(","))
    .pipe(
      z
        .array(offerId)
        .min(1, "Choose at least one offer to compare.")
        .max(MAX_SELECTED, `Compare at most ${MAX_SELECTED} offers.`),
    )
    .optional(),
});

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
