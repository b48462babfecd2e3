// The criteria-and-weights form's values: what a person types (weights as text) and the API body it
// becomes. Pure and free of zod, so the compare page's editor can import it at start-up; the
// schema that checks these values (and loads zod) is in ./criteria-form, loaded on first use.
import type { z } from "zod";
import type { criteriaUpdateSchema } from "./schema";

export type CriteriaFormValues = { version: number; criteria: { id?: string; name: string; weight: string }[] };
export type CriteriaBody = z.input<typeof criteriaUpdateSchema>;

/** The form's values for the saved criteria. */
export function criteriaFormValues(view: { version: number; criteria: { id: string; name: string; weight: number }[] }): CriteriaFormValues {
  return { version: view.version, criteria: view.criteria.map((c) => ({ id: c.id, name: c.name, weight: String(c.weight) })) };
}

/** The API body: names trimmed, weights as numbers (a blank weight is NaN, so the schema asks for it); new criteria have no id. */
export function toCriteriaBody(v: CriteriaFormValues): CriteriaBody {
  return {
    version: v.version,
    criteria: v.criteria.map((c) => ({
      ...(c.id ? { id: c.id } : {}),
      name: c.name.trim(),
      weight: c.weight.trim() === "" ? Number.NaN : Number(c.weight),
    })),
  };
}

/** The sum of the weights typed so far (unreadable ones count as 0), for the running total. */
export function weightTotal(criteria: readonly { weight: string }[]): number {
  return criteria.reduce((a, c) => a + (Number.parseInt(c.weight, 10) || 0), 0);
}
