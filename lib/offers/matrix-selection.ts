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

export { defaultSelection, selectOffers, selectionQuery } from "./selection-query";
