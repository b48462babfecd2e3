// zod schemas for the offers API, shared with the client forms. Amounts are integers in the
// currency's minor units (cents); percentages are numbers with at most two decimals.
import { z } from "zod";
import { REGIONS, TARGET_LEVELS } from "@/lib/options/career";
import { CURRENCY_CODES } from "./data/currencies";
import { NEGOTIABLE_KEYS, RESEARCH_KEYS } from "./data/negotiation";
import { percentToBp } from "./money";
import { benefitsSchema } from "./benefits";

const levelValues = TARGET_LEVELS.map((l) => l.value) as [string, ...string[]];
const regionValues = REGIONS.map((r) => r.value) as [string, ...string[]];

/** Largest amount accepted: 10^13 minor units (100 billion in a 2-decimal currency). */
const MAX_MINOR = 10_000_000_000_000;

export const REMOTE_POLICIES = [
  { value: "ONSITE", label: "On-site" },
  { value: "HYBRID", label: "Hybrid" },
  { value: "REMOTE", label: "Remote" },
] as const;

export const EQUITY_TYPES = [
  { value: "NONE", label: "No equity" },
  { value: "RSU_VALUE", label: "RSUs by grant value" },
  { value: "RSU_SHARES", label: "RSUs by shares and price" },
  { value: "OPTIONS", label: "Stock options" },
] as const;

const money = (what: string) =>
  z
    .number({ error: `Enter the ${what} as a whole number of minor units (cents).` })
    .int(`Enter the ${what} as a whole number of minor units (cents).`)
    .min(0, `The ${what} cannot be negative.`)
    .max(MAX_MINOR, `The ${what} is larger than PrepLoop accepts.`);

const percent = (what: string) =>
  z
    .number({ error: `Enter the ${what} as a percentage.` })
    .min(0, `The ${what} cannot be negative.`)
    .max(100, `The ${what} cannot be over 100%.`)
    .refine((p) => percentToBp(p) !== null, `Use at most two decimals for the ${what}.`);

const shares = z
  .number({ error: "Enter the number of shares." })
  .int("Enter a whole number of shares.")
  .min(0, "The number of shares cannot be negative.")
  .max(1_000_000_000, "Enter at most 1,000,000,000 shares.");

const equitySchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("NONE") }),
    z.strictObject({ type: z.literal("RSU_VALUE"), grantValue: money("grant value") }),
    z
      .strictObject({ type: z.literal("RSU_SHARES"), shares, sharePrice: money("share price") })
      .refine((e) => BigInt(e.shares) * BigInt(e.sharePrice) <= BigInt(MAX_MINOR), {
        message: "The grant (shares × price) is larger than PrepLoop accepts; check both numbers.",
        path: ["shares"],
      }),
    z
      .strictObject({
        type: z.literal("OPTIONS"),
        shares,
        strikePrice: money("strike price"),
        fairMarketValue: money("fair market value"),
      })
      .refine((e) => BigInt(e.shares) * BigInt(e.fairMarketValue) <= BigInt(MAX_MINOR), {
        message:
          "The grant (options × fair market value) is larger than PrepLoop accepts; check both numbers.",
        path: ["shares"],
      }),
  ],
  { error: "Choose an equity type: NONE, RSU_VALUE, RSU_SHARES or OPTIONS." },
);

const vestingSchema = z
  .strictObject({
    preset: z.enum(
      ["CLIFF_MONTHLY", "CLIFF_QUARTERLY", "EVEN", "BACK_LOADED", "FRONT_LOADED", "CUSTOM"],
      "Choose a vesting schedule.",
    ),
    customPercents: z
      .array(percent("yearly vesting"), { error: "Give four yearly percentages." })
      .length(4, "Give a percentage for each of years 1 to 4.")
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.preset !== "CUSTOM") return;
    if (!v.customPercents) {
      ctx.addIssue({
        code: "custom",
        path: ["customPercents"],
        message: "Give a percentage for each of years 1 to 4.",
      });
      return;
    }
    const bp = v.customPercents.map((p) => percentToBp(p));
    if (bp.some((b) => b === null)) return; // reported per item
    const total = bp.reduce((a: number, b) => a + b!, 0);
    if (total !== 10000) {
      ctx.addIssue({
        code: "custom",
        path: ["customPercents"],
        message: `Custom vesting must total 100%; these total ${total / 100}%.`,
      });
    }
  });

const text = (what: string, max: number, required = true) => {
  const base = z
    .string({ error: `Enter the ${what}.` })
    .trim()
    .max(max, `Use at most ${max} characters.`);
  return required ? base.min(1, `Enter the ${what}.`) : base;
};

export const offerInputSchema = z.strictObject({
  company: text("company", 120),
  role: text("role", 120),
  level: z.enum(levelValues, "Choose one of the listed levels."),
  region: z.enum(regionValues, "Choose one of the listed regions."),
  location: text("location", 120, false).default(""),
  remotePolicy: z.enum(["ONSITE", "HYBRID", "REMOTE"], "Choose on-site, hybrid or remote."),
  currency: z
    .string({ error: "Choose a currency." })
    .refine((c) => CURRENCY_CODES.includes(c), `Unknown currency: use one of ${CURRENCY_CODES.join(", ")}.`),
  baseSalary: money("base salary").refine((v) => v > 0, "Enter the base salary."),
  targetBonusPercent: percent("target bonus"),
  signingBonus: money("signing bonus"),
  signingBonusMonth: z
    .number({ error: "Enter the month the signing bonus is paid (1-48)." })
    .int("Enter a whole month from 1 to 48.")
    .min(1, "Enter a month from 1 to 48.")
    .max(48, "Enter a month from 1 to 48."),
  equity: equitySchema,
  vesting: vestingSchema,
  annualRefresher: money("annual refresher"),
  benefitsValue: money("benefits value"),
  retirementMatchPercent: percent("retirement match"),
  /** The guide's benefits checklist; omitted: nothing ticked. */
  benefits: benefitsSchema.prefault({}),
  notes: text("notes", 5000, false).default(""),
});
export type OfferInput = z.output<typeof offerInputSchema>;

export const offerUpdateSchema = offerInputSchema.extend({
  version: z.int32("Version must be a whole number.").positive(),
});
export type OfferUpdate = z.output<typeof offerUpdateSchema>;

export const idParams = z.strictObject({ id: z.string().min(1).max(64) });

export const criteriaUpdateSchema = z
  .strictObject({
    version: z.int32("Version must be a whole number.").positive(),
    criteria: z
      .array(
        z.strictObject({
          id: z.string().min(1).max(64).optional(),
          name: text("criterion name", 80),
          weight: z
            .number({ error: "Enter a weight from 0 to 100." })
            .int("Weights are whole numbers.")
            .min(0, "A weight cannot be negative.")
            .max(100, "A weight cannot be over 100."),
        }),
        { error: "Send the list of criteria." },
      )
      .min(1, "Keep at least one criterion.")
      .max(12, "Use at most 12 criteria."),
  })
  .superRefine((v, ctx) => {
    const names = new Set<string>();
    v.criteria.forEach((c, i) => {
      const key = c.name.toLowerCase();
      if (names.has(key))
        ctx.addIssue({
          code: "custom",
          path: ["criteria", i, "name"],
          message: "Each criterion needs a different name.",
        });
      names.add(key);
    });
    const total = v.criteria.reduce((a, c) => a + c.weight, 0);
    if (total !== 100 && v.criteria.every((c) => Number.isInteger(c.weight))) {
      ctx.addIssue({
        code: "custom",
        path: ["criteria"],
        message: `Weights must total 100; they total ${total}.`,
      });
    }
  });
export type CriteriaUpdate = z.output<typeof criteriaUpdateSchema>;

export const scoresUpdateSchema = z.strictObject({
  scores: z
    .array(
      z.strictObject({
        criterionId: z.string().min(1).max(64),
        score: z
          .number({ error: "Scores are whole numbers from 1 to 10." })
          .int("Scores are whole numbers from 1 to 10.")
          .min(1, "Scores are whole numbers from 1 to 10.")
          .max(10, "Scores are whole numbers from 1 to 10.")
          .nullable(),
      }),
    )
    .min(1, "Send at least one score.")
    .max(24),
});

export const negotiableUpdateSchema = z.strictObject({
  key: z.string().refine((k) => NEGOTIABLE_KEYS.includes(k), "Unknown negotiable."),
  checked: z.boolean({ error: "Send checked as true or false." }),
});

export const researchUpdateSchema = z.strictObject({
  key: z.string().refine((k) => RESEARCH_KEYS.includes(k), "Unknown research question."),
  answer: z.string({ error: "Send the answer as text." }).max(5000, "Use at most 5000 characters."),
});

/** Archive (true) or bring back (false) an offer: archived offers stay out of the default comparison. */
export const offerArchiveSchema = z.strictObject({
  archived: z.boolean({ error: "Send archived as true or false." }),
});
