import "server-only";
// Every read of offers goes through here, with the viewer's user id. Today a viewer sees
// only their own offers; mentor sharing (issue 7) extends `readableBy` with active shares.
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { type Prisma } from "@/lib/generated/prisma/client";
import { presentOffer, type OfferView } from "./offer-view";

/** The Prisma filter for offers this viewer may read. */
function readableBy(viewerId: string): Prisma.OfferWhereInput {
  return { userId: viewerId };
}

/** The Prisma filter for offers this user may change (owners only, always). */
export function ownedBy(userId: string): Prisma.OfferWhereInput {
  return { userId };
}

export type OfferDetail = OfferView & { negotiables: string[]; research: Record<string, string> };

export async function listOffersForViewer(viewerId: string): Promise<OfferView[]> {
  const rows = await db.offer.findMany({ where: readableBy(viewerId), orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 200 });
  return rows.map(presentOffer);
}

export async function getOfferForViewer(viewerId: string, offerId: string): Promise<OfferDetail> {
  const row = await db.offer.findFirst({
    where: { id: offerId, ...readableBy(viewerId) },
    include: { negotiables: { select: { key: true } }, research: { select: { key: true, answer: true } } },
  });
  if (!row) throw notFound("That offer does not exist.");
  return {
    ...presentOffer(row),
    negotiables: row.negotiables.map((x) => x.key),
    research: Object.fromEntries(row.research.map((r) => [r.key, r.answer])),
  };
}

/** Throws 404 unless the offer exists and belongs to the user. */
export async function assertOwnOffer(userId: string, offerId: string) {
  const row = await db.offer.findFirst({ where: { id: offerId, ...ownedBy(userId) }, select: { id: true } });
  if (!row) throw notFound("That offer does not exist.");
}
