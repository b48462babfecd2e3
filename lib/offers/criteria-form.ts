// The criteria-and-weights form: what a person types (weights as text) and the API body it
// becomes. Pure; the form validates with `criteriaFormSchema`, which checks the body with the
// server's own `criteriaUpdateSchema`, so both sides give the same messages at the same paths.
import { z } from "zod";
import { criteriaUpdateSchema } from "./schema";

export type CriteriaFormValues = { version: number; criteria: { id?: string; name: string; weight: string }[] };
type CriteriaBody = z.input<typeof criteriaUpdateSchema>;

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

export const criteriaFormSchema = z
  .object({
    version: z.number(),
    criteria: z.array(z.object({ id: z.string().optional(), name: z.string(), weight: z.string() })),
  })
  .transform((values, ctx): CriteriaBody => {
    const body = toCriteriaBody(values);
    const checked = criteriaUpdateSchema.safeParse(body);
    if (!checked.success) {
      for (const issue of checked.error.issues) ctx.addIssue({ code: "custom", path: issue.path.map(String), message: issue.message });
      return z.NEVER;
    }
    return body;
  });
