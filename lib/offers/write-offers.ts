import "server-only";
import { db } from "@/lib/server/db";
import { HttpError, notFound } from "@/lib/server/errors";
import { readBenefits } from "./benefits";
import { percentToBp } from "./money";
import { assertOwnOffer, getOfferForViewer, type OfferDetail } from "./read-offers";
import { type OfferInput, type OfferUpdate } from "./schema";

const MAX_OFFERS = 50;

/** Schema-valid input → the columns of an Offer row. */
function columns(input: OfferInput) {
  const e = input.equity;
  const big = (v: number | undefined) => (v === undefined ? null : BigInt(v));
  return {
    company: input.company,
    role: input.role,
    level: input.level as never,
    region: input.region as never,
    location: input.location,
    remotePolicy: input.remotePolicy,
    currency: input.currency,
    baseSalaryMinor: BigInt(input.baseSalary),
    targetBonusBp: percentToBp(input.targetBonusPercent)!,
    signingBonusMinor: BigInt(input.signingBonus),
    signingBonusMonth: input.signingBonusMonth,
    equityType: e.type,
    equityGrantValueMinor: e.type === "RSU_VALUE" ? big(e.grantValue) : null,
    equityShares: e.type === "RSU_SHARES" || e.type === "OPTIONS" ? big(e.shares) : null,
    equityPriceMinor: e.type === "RSU_SHARES" ? big(e.sharePrice) : e.type === "OPTIONS" ? big(e.fairMarketValue) : null,
    equityStrikeMinor: e.type === "OPTIONS" ? big(e.strikePrice) : null,
    vestingPreset: input.vesting.preset,
    vestingCustomBp: input.vesting.preset === "CUSTOM" ? input.vesting.customPercents!.map((p) => percentToBp(p)!) : [],
    annualRefresherMinor: BigInt(input.annualRefresher),
    benefitsValueMinor: BigInt(input.benefitsValue),
    retirementMatchBp: percentToBp(input.retirementMatchPercent)!,
    benefits: input.benefits,
    notes: input.notes,
  };
}

async function checkRoom(userId: string) {
  const count = await db.offer.count({ where: { userId } });
  if (count >= MAX_OFFERS) {
    throw new HttpError(409, "too_many_offers", `You can keep up to ${MAX_OFFERS} offers; delete one you no longer need.`);
  }
}

export async function createOffer(userId: string, input: OfferInput): Promise<OfferDetail> {
  await checkRoom(userId);
  const row = await db.offer.create({ data: { userId, ...columns(input) }, select: { id: true } });
  return getOfferForViewer(userId, row.id);
}

/** Saves the offer if `version` is current: 404 for someone else's, 409 for a stale version. */
export async function updateOffer(userId: string, offerId: string, input: OfferUpdate): Promise<OfferDetail> {
  const { version, ...rest } = input;
  const result = await db.offer.updateMany({
    where: { id: offerId, userId, version },
    data: { ...columns(rest), version: { increment: 1 } },
  });
  if (result.count === 0) {
    const exists = await db.offer.findFirst({ where: { id: offerId, userId }, select: { id: true } });
    if (!exists) throw notFound("That offer does not exist.");
    throw new HttpError(409, "stale_version", "This offer was changed elsewhere. Reload to see the latest version.");
  }
  return getOfferForViewer(userId, offerId);
}

/** Copies an offer (with its scores, negotiables and research answers) as "<company> (copy)". */
export async function duplicateOffer(userId: string, offerId: string): Promise<OfferDetail> {
  await checkRoom(userId);
  const source = await db.offer.findFirst({
    where: { id: offerId, userId },
    include: { scores: true, negotiables: true, research: true },
  });
  if (!source) throw notFound("That offer does not exist.");
  const { id: _id, createdAt: _c, updatedAt: _u, version: _v, scores, negotiables, research, userId: _owner, benefits, ...data } = source;
  const copy = await db.offer.create({
    data: {
      ...data,
      benefits: readBenefits(benefits),
      userId,
      // The copy is a new offer to weigh: active even when its source is archived.
      archivedAt: null,
      company: `${source.company} (copy)`.slice(0, 120),
      scores: { create: scores.map((s) => ({ criterionId: s.criterionId, score: s.score })) },
      negotiables: { create: negotiables.map((x) => ({ key: x.key })) },
      research: { create: research.map((r) => ({ key: r.key, answer: r.answer })) },
    },
    select: { id: true },
  });
  return getOfferForViewer(userId, copy.id);
}

/** Archives the offer (out of the default comparison) or brings it back; 404 for someone else's. */
export async function setOfferArchived(userId: string, offerId: string, archived: boolean): Promise<OfferDetail> {
  // Archiving an archived offer keeps its first date; the version is not bumped (the offer's terms are unchanged).
  const result = await db.offer.updateMany({
    where: { id: offerId, userId, ...(archived ? { archivedAt: null } : {}) },
    data: { archivedAt: archived ? new Date() : null },
  });
  if (result.count === 0) await assertOwnOffer(userId, offerId);
  return getOfferForViewer(userId, offerId);
}

export async function deleteOffer(userId: string, offerId: string) {
  const result = await db.offer.deleteMany({ where: { id: offerId, userId } });
  if (result.count === 0) throw notFound("That offer does not exist.");
}
