// The criteria-and-weights form's check: `criteriaFormSchema` validates the typed values with the
// server's own `criteriaUpdateSchema`, so both sides give the same messages at the same paths.
// The values and the body they become are in ./criteria-values (no zod, imported at start-up).
import { z } from "zod";
import { type CriteriaBody, toCriteriaBody } from "./criteria-values";
import { criteriaUpdateSchema } from "./schema";

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
