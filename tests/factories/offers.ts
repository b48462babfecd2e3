import type { Prisma } from "../../lib/generated/prisma/client";
import type { FactoryDb } from "./db";

/** A plain offer: $200,000 base, 15% bonus, $100,000 of RSUs over four years with a cliff. */
export const OFFER: Omit<Prisma.OfferUncheckedCreateInput, "userId"> = {
  company: "Factory Labs",
  role: "Machine Learning Engineer",
  level: "SENIOR",
  region: "UNITED_STATES",
  remotePolicy: "HYBRID",
  currency: "USD",
  baseSalaryMinor: 200_000_00n,
  targetBonusBp: 1500,
  signingBonusMinor: 0n,
  equityType: "RSU_VALUE",
  equityGrantValueMinor: 100_000_00n,
  vestingPreset: "CLIFF_MONTHLY",
  annualRefresherMinor: 0n,
  benefitsValueMinor: 0n,
  retirementMatchBp: 0,
};

export function createOffer(db: FactoryDb, userId: string, fields: Partial<typeof OFFER> = {}) {
  return db.offer.create({ data: { ...OFFER, ...fields, userId }, select: { id: true, company: true } });
}
