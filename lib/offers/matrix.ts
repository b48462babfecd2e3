// The weighted comparison matrix: weighted totals, ranking and weight sensitivity. Pure.
// Scores are carried in hundredths of a point (7 → 700) so derived scores stay exact
// integers; weights are whole points totalling 100; a weighted total is Σ weight × score,
// i.e. the 0-10 result × 10 000.

export type Criterion = { id: string; name: string; weight: number; kind: "COMPENSATION" | "GENERAL" };

export type MatrixOffer = {
  id: string;
  label: string;
  currency: string;
  fourYearTotal: bigint;
  /** Hand-set scores 1-10 by criterion id. */
  scores: Record<string, number | undefined>;
};

type Cell = { score100: number | null; source: "manual" | "derived" | "missing" };

type MatrixRow = {
  offerId: string;
  label: string;
  cells: Record<string, Cell>;
  /** Σ weight × score100: the weighted 0-10 total × 10 000. Missing scores count as 0. */
  weighted: number;
  missing: number;
  rank: number;
};

type Flip = {
  criterionId: string;
  criterionName: string;
  from: number;
  to: number;
  change: number;
  newWinnerId: string;
};

export type Sensitivity =
  | { kind: "none"; reason: "fewer_than_two" | "tie" | "robust" }
  | { kind: "flip"; best: Flip; perCriterion: Flip[] };

type MatrixResult = {
  rows: MatrixRow[];
  ranking: MatrixRow[];
  winnerId: string | null;
  derivedAvailable: boolean;
  sensitivity: Sensitivity;
};

/**
 * Compensation score from the 4-year totals: the best offer gets 10, others in proportion
 * (10 × total / best, in hundredths rounded half up, at least 1). Null when the offers are
 * in different currencies (no exchange rates) or nothing is positive.
 */
export function derivedCompScores(offers: Pick<MatrixOffer, "id" | "currency" | "fourYearTotal">[]): Record<string, number> | null {
  if (offers.length === 0) return {};
  if (new Set(offers.map((o) => o.currency)).size > 1) return null;
  const best = offers.reduce((m, o) => (o.fourYearTotal > m ? o.fourYearTotal : m), 0n);
  if (best <= 0n) return null;
  const out: Record<string, number> = {};
  for (const o of offers) {
    const s = Number((o.fourYearTotal * 2000n + best) / (best * 2n));
    out[o.id] = Math.max(100, s);
  }
  return out;
}

export function computeMatrix(criteria: Criterion[], offers: MatrixOffer[]): MatrixResult {
  const derived = derivedCompScores(offers);
  const rows: MatrixRow[] = offers.map((o) => {
    const cells: Record<string, Cell> = {};
    let weighted = 0;
    let missing = 0;
    for (const c of criteria) {
      const manual = o.scores[c.id];
      let cell: Cell;
      if (manual !== undefined) cell = { score100: manual * 100, source: "manual" };
      else if (c.kind === "COMPENSATION" && derived?.[o.id] !== undefined) cell = { score100: derived[o.id]!, source: "derived" };
      else cell = { score100: null, source: "missing" };
      if (cell.score100 === null) missing++;
      weighted += c.weight * (cell.score100 ?? 0);
      cells[c.id] = cell;
    }
    return { offerId: o.id, label: o.label, cells, weighted, missing, rank: 0 };
  });
  const ranking = [...rows].sort((a, b) => b.weighted - a.weighted);
  ranking.forEach((r, i) => {
    // Competition ranking: equal totals share a rank (1, 1, 3).
    r.rank = i > 0 && ranking[i - 1]!.weighted === r.weighted ? ranking[i - 1]!.rank : i + 1;
  });
  const tie = ranking.length > 1 && ranking[0]!.weighted === ranking[1]!.weighted;
  const winnerId = ranking.length === 0 || tie ? null : ranking[0]!.offerId;
  return { rows, ranking, winnerId, derivedAvailable: derived !== null, sensitivity: sensitivity(criteria, rows, ranking) };
}

/**
 * The smallest whole-point change to one criterion's weight that makes another offer the
 * strict winner, when the other weights are scaled in proportion so the total stays 100.
 *
 * With k's weight w and the others' total O = 100 - w, moving k to w + e gives
 *   O · T_i(e) = O · T_i + e · g_i,  where g_i = O · s_ik - (T_i - w · s_ik).
 * Rival B overtakes winner A when e · (g_B - g_A) > O · (T_A - T_B), so the threshold is
 * an exact integer division; the new weight must stay within 0..100.
 */
function sensitivity(criteria: Criterion[], rows: MatrixRow[], ranking: MatrixRow[]): Sensitivity {
  if (rows.length < 2) return { kind: "none", reason: "fewer_than_two" };
  if (ranking[0]!.weighted === ranking[1]!.weighted) return { kind: "none", reason: "tie" };
  const winner = ranking[0]!;
  const s = (row: MatrixRow, c: Criterion) => row.cells[c.id]?.score100 ?? 0;
  const perCriterion: Flip[] = [];
  for (const c of criteria) {
    const w = c.weight;
    const O = 100 - w;
    if (O <= 0) continue;
    const g = (row: MatrixRow) => O * s(row, c) - (row.weighted - w * s(row, c));
    let best: number | null = null;
    for (const rival of rows) {
      if (rival.offerId === winner.offerId) continue;
      const D = winner.weighted - rival.weighted; // > 0
      const dg = g(rival) - g(winner);
      if (dg === 0) continue;
      const e = dg > 0 ? Math.floor((O * D) / dg) + 1 : -(Math.floor((O * D) / -dg) + 1);
      if (w + e < 0 || w + e > 100) continue;
      if (best === null || Math.abs(e) < Math.abs(best)) best = e;
    }
    if (best === null) continue;
    const e = best;
    // Who leads at the new weight (another rival may overtake too).
    let top = winner;
    let topScore = O * winner.weighted + e * g(winner);
    for (const r of rows) {
      const v = O * r.weighted + e * g(r);
      if (v > topScore) {
        top = r;
        topScore = v;
      }
    }
    perCriterion.push({ criterionId: c.id, criterionName: c.name, from: w, to: w + e, change: e, newWinnerId: top.offerId });
  }
  if (perCriterion.length === 0) return { kind: "none", reason: "robust" };
  // Smallest change wins; ties go to the criterion listed first.
  const best = perCriterion.reduce((m, f) => (Math.abs(f.change) < Math.abs(m.change) ? f : m));
  return { kind: "flip", best, perCriterion };
}

/** A weighted total (× 10 000) as a 0-10 figure with two decimals, rounded half up. */
export function formatWeighted(weighted: number): string {
  const hundredths = Math.floor((weighted + 50) / 100);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
}

/** A score in hundredths as text ("7", "8.43"). */
export function formatScore100(score100: number): string {
  return score100 % 100 === 0 ? String(score100 / 100) : formatWeighted(score100 * 100);
}
