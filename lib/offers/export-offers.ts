import "server-only";
import { getMatrix } from "./matrix-store";
import { getOfferForViewer, listOffersForViewer } from "./read-offers";

/** Offers (with negotiables and research answers) and the comparison matrix, for the data export. */
export async function exportOffers(userId: string) {
  const offers = await listOffersForViewer(userId);
  const details = await Promise.all(offers.map((o) => getOfferForViewer(userId, o.id)));
  const matrix = await getMatrix(userId);
  return { offers: details, matrix: { criteria: matrix.criteria, rows: matrix.rows } };
}
