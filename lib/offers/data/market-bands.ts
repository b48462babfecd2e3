// The guide's "Regional Market Data (2025 estimates)" from "Salary Negotiation & Career
// Progression", as data. The guide does not say whether these are base salary or total
// compensation; PrepLoop reads them as annual total compensation (docs/decisions/0004).
// Amounts are whole units of the band's currency. `openEnded` marks the guide's "+".
import { z } from "zod";

const LEVELS = ["JUNIOR", "MID", "SENIOR", "STAFF", "PRINCIPAL", "TECH_LEAD", "ENGINEERING_MANAGER", "DIRECTOR", "VP_ENGINEERING"] as const;
const REGIONS = ["UNITED_STATES", "EUROPE", "SINGAPORE", "HONG_KONG", "AUSTRALIA", "INDIA", "OTHER_APAC"] as const;

const bandSchema = z
  .strictObject({
    region: z.enum(REGIONS),
    levels: z.array(z.enum(LEVELS)).min(1),
    label: z.string().min(1),
    currency: z.string().regex(/^[A-Z]{3}$/),
    minMajor: z.int().positive(),
    maxMajor: z.int().positive(),
    openEnded: z.boolean().default(false),
    note: z.string().optional(),
  })
  .refine((b) => b.maxMajor > b.minMajor, "A band's top must be above its bottom.");

export type MarketBand = z.output<typeof bandSchema>;

const APAC_NOTE = "The guide gives one range for all levels in this market.";

export const MARKET_BANDS: MarketBand[] = z
  .array(bandSchema)
  .refine(
    (bands) => new Set(bands.flatMap((b) => b.levels.map((l) => `${b.region}:${l}`))).size === bands.reduce((n, b) => n + b.levels.length, 0),
    "Each region and level has at most one band.",
  )
  .parse([
    { region: "UNITED_STATES", levels: ["JUNIOR"], label: "Entry Level AI Engineer", currency: "USD", minMajor: 120_000, maxMajor: 160_000 },
    { region: "UNITED_STATES", levels: ["MID"], label: "Mid-Level AI Engineer", currency: "USD", minMajor: 160_000, maxMajor: 220_000 },
    { region: "UNITED_STATES", levels: ["SENIOR"], label: "Senior AI Engineer", currency: "USD", minMajor: 220_000, maxMajor: 300_000 },
    { region: "UNITED_STATES", levels: ["STAFF"], label: "Staff AI Engineer", currency: "USD", minMajor: 300_000, maxMajor: 400_000 },
    { region: "UNITED_STATES", levels: ["PRINCIPAL"], label: "Principal AI Engineer", currency: "USD", minMajor: 400_000, maxMajor: 550_000, openEnded: true },
    { region: "UNITED_STATES", levels: ["TECH_LEAD"], label: "AI Team Lead", currency: "USD", minMajor: 250_000, maxMajor: 350_000 },
    { region: "UNITED_STATES", levels: ["ENGINEERING_MANAGER"], label: "AI Engineering Manager", currency: "USD", minMajor: 300_000, maxMajor: 450_000 },
    { region: "UNITED_STATES", levels: ["DIRECTOR"], label: "Director of AI", currency: "USD", minMajor: 400_000, maxMajor: 600_000, openEnded: true },
    { region: "EUROPE", levels: ["JUNIOR"], label: "Junior (major tech hubs)", currency: "EUR", minMajor: 80_000, maxMajor: 110_000 },
    { region: "EUROPE", levels: ["MID"], label: "Mid-level (major tech hubs)", currency: "EUR", minMajor: 110_000, maxMajor: 150_000 },
    { region: "EUROPE", levels: ["SENIOR"], label: "Senior (major tech hubs)", currency: "EUR", minMajor: 150_000, maxMajor: 200_000 },
    { region: "EUROPE", levels: ["STAFF", "PRINCIPAL"], label: "Staff+ (major tech hubs)", currency: "EUR", minMajor: 200_000, maxMajor: 280_000 },
    { region: "SINGAPORE", levels: [...LEVELS], label: "Singapore", currency: "SGD", minMajor: 130_000, maxMajor: 250_000, note: APAC_NOTE },
    {
      region: "HONG_KONG",
      levels: [...LEVELS],
      label: "Hong Kong",
      currency: "HKD",
      minMajor: 130_000,
      maxMajor: 250_000,
      // The guide writes "$130K - $250K SGD/HKD". Read literally in HKD that is about US$17K-32K a
      // year, far below any AI engineering market in Hong Kong; the figure is kept as the guide
      // states it and the page says it is doubtful.
      note: `${APAC_NOTE} Caution: the guide gives the same figures for Singapore (SGD) and Hong Kong (HKD); read literally in HKD they are about US$17K-32K a year, far below Hong Kong's market for AI engineers, so treat this band as unreliable.`,
    },
    { region: "AUSTRALIA", levels: [...LEVELS], label: "Australia", currency: "AUD", minMajor: 130_000, maxMajor: 200_000, note: APAC_NOTE },
    {
      region: "INDIA",
      levels: ["SENIOR", "STAFF", "PRINCIPAL", "TECH_LEAD", "ENGINEERING_MANAGER"],
      label: "India (senior levels)",
      currency: "INR",
      minMajor: 2_500_000,
      maxMajor: 6_000_000,
      note: "The guide gives ₹25L-₹60L for senior levels only.",
    },
  ]);

/** The guide's typical total-compensation mix ("Total Compensation Components"), in %. */
export const COMP_MIX = z
  .array(z.strictObject({ part: z.enum(["base", "bonus", "equity", "benefits"]), label: z.string(), minPct: z.int(), maxPct: z.int() }))
  .parse([
    { part: "base", label: "Base salary", minPct: 60, maxPct: 70 },
    { part: "bonus", label: "Annual bonus", minPct: 10, maxPct: 20 },
    { part: "equity", label: "Equity / RSUs", minPct: 10, maxPct: 30 },
    { part: "benefits", label: "Benefits", minPct: 5, maxPct: 15 },
  ]);
