import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { HttpError, badRequest } from "@/lib/server/errors";
import { DEFAULT_CRITERIA } from "./data/criteria";
import { computeMatrix, type Criterion, formatScore100, formatWeighted, type Sensitivity } from "./matrix";
import { selectOffers } from "./matrix-selection";
import { type Benefits } from "./benefits";
import { listOffersForViewer, assertOwnOffer } from "./read-offers";
import { type CriteriaUpdate } from "./schema";
import { FIX_FIELDS_MESSAGE } from "@/lib/messages";

type CriteriaView = { version: number; criteria: Criterion[] };

/** The user's criteria, creating the guide's defaults on first use. */
export async function getCriteria(userId: string): Promise<CriteriaView> {
  const existing = await readCriteria(userId);
  if (existing) return existing;
  try {
    await db.offerMatrix.create({
      data: {
        userId,
        criteria: { create: DEFAULT_CRITERIA.map((c, position) => ({ ...c, position })) },
      },
    });
  } catch (e) {
    // Another request created it first: fine, read theirs.
    if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")) throw e;
  }
  return (await readCriteria(userId))!;
}

async function readCriteria(userId: string): Promise<CriteriaView | null> {
  const m = await db.offerMatrix.findUnique({
    where: { userId },
    select: { version: true, criteria: { orderBy: { position: "asc" }, select: { id: true, name: true, weight: true, kind: true } } },
  });
  return m;
}

/** Replaces the criteria list (ids keep their scores; missing ids are removed) if `version` is current. */
export async function updateCriteria(userId: string, input: CriteriaUpdate): Promise<CriteriaView> {
  const current = await getCriteria(userId);
  const known = new Set(current.criteria.map((c) => c.id));
  const fields: Record<string, string> = {};
  input.criteria.forEach((c, i) => {
    if (c.id && !known.has(c.id)) fields[`criteria.${i}.id`] = "This criterion no longer exists; reload the page.";
  });
  if (Object.keys(fields).length) throw badRequest(FIX_FIELDS_MESSAGE, fields);
  const keep = new Set(input.criteria.flatMap((c) => (c.id ? [c.id] : [])));
  await db.$transaction(async (tx) => {
    const bumped = await tx.offerMatrix.updateMany({ where: { userId, version: input.version }, data: { version: { increment: 1 } } });
    if (bumped.count === 0) {
      throw new HttpError(409, "stale_version", "The criteria were changed elsewhere. Reload to see the latest weights.");
    }
    await tx.offerCriterion.deleteMany({ where: { userId, id: { notIn: [...keep] } } });
    for (const [position, c] of input.criteria.entries()) {
      if (c.id) await tx.offerCriterion.update({ where: { id: c.id }, data: { name: c.name, weight: c.weight, position } });
      else await tx.offerCriterion.create({ data: { userId, name: c.name, weight: c.weight, position } });
    }
  });
  return getCriteria(userId);
}

/** Sets (1-10) or clears (null) the user's scores for one offer. */
export async function setScores(userId: string, offerId: string, scores: { criterionId: string; score: number | null }[]) {
  await assertOwnOffer(userId, offerId);
  const { criteria } = await getCriteria(userId);
  const known = new Set(criteria.map((c) => c.id));
  const fields: Record<string, string> = {};
  scores.forEach((s, i) => {
    if (!known.has(s.criterionId)) fields[`scores.${i}.criterionId`] = "Unknown criterion; reload the page.";
  });
  if (Object.keys(fields).length) throw badRequest(FIX_FIELDS_MESSAGE, fields);
  await db.$transaction(
    scores.map((s) =>
      s.score === null
        ? db.offerScore.deleteMany({ where: { offerId, criterionId: s.criterionId } })
        : db.offerScore.upsert({
            where: { offerId_criterionId: { offerId, criterionId: s.criterionId } },
            create: { offerId, criterionId: s.criterionId, score: s.score },
            update: { score: s.score },
          }),
    ),
  );
  return getMatrix(userId);
}

export type MatrixView = {
  version: number;
  criteria: Criterion[];
  /** Every offer the user can compare (archived ones too, marked); `offers` holds the chosen ones. */
  available: { id: string; label: string; archivedAt: string | null }[];
  offers: {
    id: string;
    label: string;
    company: string;
    role: string;
    currency: string;
    fourYearTotal: number;
    annualised: number;
    notes: string;
    retirementMatchPercent: number;
    benefits: Benefits;
  }[];
  rows: {
    offerId: string;
    label: string;
    cells: Record<string, { score: number | null; display: string | null; source: "manual" | "derived" | "missing" }>;
    weighted: number;
    weightedTotal: string;
    missing: number;
    rank: number;
  }[];
  winnerId: string | null;
  derivedAvailable: boolean;
  sensitivity: Sensitivity;
};

/** The matrix over the chosen offers (`selection`: offer ids, archived ones included; undefined: every active offer). */
export async function getMatrix(viewerId: string, selection?: readonly string[]): Promise<MatrixView> {
  const [{ version, criteria }, all] = await Promise.all([getCriteria(viewerId), listOffersForViewer(viewerId)]);
  const offers = selectOffers(all, selection);
  const scoreRows = await db.offerScore.findMany({
    where: { offerId: { in: offers.map((o) => o.id) } },
    select: { offerId: true, criterionId: true, score: true },
  });
  const label = (o: { company: string; role: string }) => `${o.company} — ${o.role}`;
  const result = computeMatrix(
    criteria,
    offers.map((o) => ({
      id: o.id,
      label: label(o),
      currency: o.currency,
      fourYearTotal: BigInt(o.comp.fourYearTotal),
      scores: Object.fromEntries(scoreRows.filter((s) => s.offerId === o.id).map((s) => [s.criterionId, s.score])),
    })),
  );
  return {
    version,
    criteria,
    available: all.map((o) => ({ id: o.id, label: label(o), archivedAt: o.archivedAt })),
    offers: offers.map((o) => ({
      id: o.id,
      label: label(o),
      company: o.company,
      role: o.role,
      currency: o.currency,
      fourYearTotal: o.comp.fourYearTotal,
      annualised: o.comp.annualised,
      notes: o.notes,
      retirementMatchPercent: o.retirementMatchPercent,
      benefits: o.benefits,
    })),
    rows: result.ranking.map((r) => ({
      offerId: r.offerId,
      label: r.label,
      cells: Object.fromEntries(
        Object.entries(r.cells).map(([id, c]) => [
          id,
          { score: c.score100, display: c.score100 === null ? null : formatScore100(c.score100), source: c.source },
        ]),
      ),
      weighted: r.weighted,
      weightedTotal: formatWeighted(r.weighted),
      missing: r.missing,
      rank: r.rank,
    })),
    winnerId: result.winnerId,
    derivedAvailable: result.derivedAvailable,
    sensitivity: result.sensitivity,
  };
}
