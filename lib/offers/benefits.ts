// The guide's benefits checklist on an offer ("Total Compensation Components": benefits 5-15%
// — health insurance, retirement matching, learning budget, conference travel, stock
// options/ESPP). Each item: offered or not, a yearly amount where the guide gives one
// (learning budget, conference travel; minor units of the offer's currency), and a note.
// Stored as one JSON column validated here (decision 0021). The retirement match % stays in
// its own field (retirementMatchPercent), which already feeds the 4-year total.
import { z } from "zod";
import { BENEFIT_ITEMS, BENEFIT_KEYS, type BenefitKey, type Benefits } from "./benefit-items";

export { BENEFIT_ITEMS, type BenefitKey, type Benefits, benefitSummary, benefitsCount } from "./benefit-items";

/** Largest yearly benefit amount accepted (10^11 minor units). */
const MAX_BENEFIT_MINOR = 100_000_000_000;

const itemSchema = (withAmount: boolean, label: string) =>
  z.strictObject({
    included: z.boolean({ error: `Say whether the offer includes ${label.toLowerCase()} (true or false).` }),
    amountPerYear: withAmount
      ? z
          .number({ error: `Enter the ${label.toLowerCase()} per year as a whole number of minor units (cents).` })
          .int(`Enter the ${label.toLowerCase()} per year as a whole number of minor units (cents).`)
          .min(0, `The ${label.toLowerCase()} cannot be negative.`)
          .max(MAX_BENEFIT_MINOR, `The ${label.toLowerCase()} is larger than PrepLoop accepts.`)
          .nullable()
          .default(null)
      : z.null({ error: `${label} has no amount; leave amountPerYear null.` }).default(null),
    note: z.string({ error: "Enter the note as text." }).trim().max(200, "Use at most 200 characters.").default(""),
  });

const EMPTY_BENEFIT = { included: false, amountPerYear: null, note: "" } as const;

export const benefitsSchema = z.strictObject(
  Object.fromEntries(BENEFIT_ITEMS.map((b) => [b.key, itemSchema(b.amount, b.label).default({ ...EMPTY_BENEFIT })])) as {
    [K in BenefitKey]: z.ZodDefault<ReturnType<typeof itemSchema>>;
  },
  { error: `Benefits are an object with the items ${BENEFIT_KEYS.join(", ")}.` },
);

export function emptyBenefits(): Benefits {
  return Object.fromEntries(BENEFIT_KEYS.map((k) => [k, { ...EMPTY_BENEFIT }])) as Benefits;
}

/** The stored JSON as a checklist; anything unreadable (never written by PrepLoop) reads as nothing ticked. */
export function readBenefits(stored: unknown): Benefits {
  const parsed = benefitsSchema.safeParse(stored ?? {});
  return parsed.success ? (parsed.data as Benefits) : emptyBenefits();
}
