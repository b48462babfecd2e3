// The offer form's values (what a person types: amounts in major units, as text) and how they
// become the API's body (integer minor units, numbers). Pure, shared by the form and its tests.
// The form validates with `offerFormSchema`: the typed text is read by `toOfferBody`, then
// checked by the server's own `offerInputSchema`, so both sides give the same messages.
import { z } from "zod";
import { BENEFIT_ITEMS, type BenefitKey } from "./benefits";
import { parseMoney, toMajorString } from "./money";
import type { OfferLabels, OfferView } from "./offer-view";
import { offerInputSchema } from "./schema";

export type OfferFormValues = OfferLabels & {
  baseSalary: string;
  targetBonusPercent: string;
  signingBonus: string;
  signingBonusMonth: string;
  equity: { type: string; grantValue: string; shares: string; sharePrice: string; strikePrice: string; fairMarketValue: string };
  vesting: { preset: string; customPercents: [string, string, string, string] };
  annualRefresher: string;
  benefitsValue: string;
  retirementMatchPercent: string;
  /** The benefits checklist: a box per item, the yearly amount as typed (items with an amount), a note. */
  benefits: Record<BenefitKey, BenefitFormItem>;
  notes: string;
};

type BenefitFormItem = { included: boolean; amountPerYear: string; note: string };

/** The API body before the server's schema parses it (`offerInputSchema`'s input). */
export type OfferBody = z.input<typeof offerInputSchema>;

export const AMOUNT_MESSAGE = "Enter an amount like 185,000 or 185000.50.";

/** Where amounts sit in the form (and in the body, at the same path). */
const MONEY_PATHS = [
  "baseSalary",
  "signingBonus",
  "annualRefresher",
  "benefitsValue",
  "equity.grantValue",
  "equity.sharePrice",
  "equity.strikePrice",
  "equity.fairMarketValue",
] as const;
type MoneyPath = (typeof MONEY_PATHS)[number];

/** The equity amounts each equity type shows. */
const EQUITY_MONEY: Record<string, readonly MoneyPath[]> = {
  RSU_VALUE: ["equity.grantValue"],
  RSU_SHARES: ["equity.sharePrice"],
  OPTIONS: ["equity.strikePrice", "equity.fairMarketValue"],
};

function moneyText(v: OfferFormValues, path: MoneyPath): string {
  const [head, key] = path.split(".") as [string, string | undefined];
  return (key === undefined ? (v as unknown as Record<string, string>)[head] : (v.equity as Record<string, string>)[key]) ?? "";
}

/** A number typed in a box; blank is NaN (the schema then says what to enter) unless `blank` is given. */
function num(text: string, blank: number = Number.NaN): number {
  const t = text.trim();
  return t === "" ? blank : Number(t);
}

type ToOfferBodyResult = { ok: true; body: OfferBody } | { ok: false; fields: Record<string, string> };

/**
 * The API body for the form's values. Amounts are read in the chosen currency (blank is 0;
 * text that is not an amount is an error at its field); blank percentages are 0; only the
 * chosen equity type's fields are sent, and the custom percentages only for custom vesting.
 */
export function toOfferBody(v: OfferFormValues): ToOfferBodyResult {
  const fields: Record<string, string> = {};
  const money = {} as Record<MoneyPath, number>;
  // The other equity types' boxes are hidden: what they still hold is not read.
  const shown = MONEY_PATHS.filter((p) => !p.startsWith("equity.") || EQUITY_MONEY[v.equity.type]?.includes(p));
  for (const path of shown) {
    const text = moneyText(v, path).trim();
    if (text === "") {
      money[path] = 0;
      continue;
    }
    const minor = parseMoney(text, v.currency);
    if (minor === null) fields[path] = AMOUNT_MESSAGE;
    else money[path] = Number(minor);
  }
  const benefits = {} as Record<BenefitKey, { included: boolean; amountPerYear: number | null; note: string }>;
  for (const item of BENEFIT_ITEMS) {
    const b = v.benefits[item.key];
    const text = item.amount && b.included ? b.amountPerYear.trim() : "";
    const minor = text === "" ? null : parseMoney(text, v.currency);
    if (text !== "" && minor === null) fields[`benefits.${item.key}.amountPerYear`] = AMOUNT_MESSAGE;
    benefits[item.key] = { included: b.included, amountPerYear: minor === null ? null : Number(minor), note: b.note.trim() };
  }
  if (Object.keys(fields).length > 0) return { ok: false, fields };

  const type = v.equity.type;
  const equity: OfferBody["equity"] =
    type === "RSU_VALUE"
      ? { type, grantValue: money["equity.grantValue"] }
      : type === "RSU_SHARES"
        ? { type, shares: num(v.equity.shares), sharePrice: money["equity.sharePrice"] }
        : type === "OPTIONS"
          ? { type, shares: num(v.equity.shares), strikePrice: money["equity.strikePrice"], fairMarketValue: money["equity.fairMarketValue"] }
          : ({ type } as OfferBody["equity"]);
  return {
    ok: true,
    body: {
      company: v.company.trim(),
      role: v.role.trim(),
      level: v.level,
      region: v.region,
      location: v.location.trim(),
      remotePolicy: v.remotePolicy as OfferBody["remotePolicy"],
      currency: v.currency,
      baseSalary: money.baseSalary,
      targetBonusPercent: num(v.targetBonusPercent, 0),
      signingBonus: money.signingBonus,
      signingBonusMonth: num(v.signingBonusMonth),
      equity,
      vesting:
        v.vesting.preset === "CUSTOM"
          ? { preset: "CUSTOM", customPercents: v.vesting.customPercents.map((p) => num(p, 0)) }
          : { preset: v.vesting.preset as OfferBody["vesting"]["preset"] },
      annualRefresher: money.annualRefresher,
      benefitsValue: money.benefitsValue,
      retirementMatchPercent: num(v.retirementMatchPercent, 0),
      benefits,
      notes: v.notes.trim(),
    },
  };
}

/** The form's starting values: the offer being edited, or a new one in the profile's level, region and currency. */
export function offerFormValues(initial: OfferView | undefined, defaults: { level: string; region: string; currency: string }): OfferFormValues {
  const currency = initial?.currency ?? defaults.currency;
  const major = (minor: number | undefined) => (minor === undefined ? "" : toMajorString(minor, currency));
  const eq = (initial?.equity ?? {}) as Partial<Record<"grantValue" | "shares" | "sharePrice" | "strikePrice" | "fairMarketValue", number>>;
  const custom = initial?.vesting.customPercents ?? [25, 25, 25, 25];
  return {
    company: initial?.company ?? "",
    role: initial?.role ?? "",
    level: initial?.level ?? defaults.level,
    region: initial?.region ?? defaults.region,
    location: initial?.location ?? "",
    remotePolicy: initial?.remotePolicy ?? "HYBRID",
    currency,
    baseSalary: major(initial?.baseSalary),
    targetBonusPercent: String(initial?.targetBonusPercent ?? 0),
    signingBonus: major(initial?.signingBonus ?? 0),
    signingBonusMonth: String(initial?.signingBonusMonth ?? 1),
    equity: {
      type: initial?.equity.type ?? "RSU_VALUE",
      grantValue: major(eq.grantValue),
      shares: eq.shares === undefined ? "" : String(eq.shares),
      sharePrice: major(eq.sharePrice),
      strikePrice: major(eq.strikePrice),
      fairMarketValue: major(eq.fairMarketValue),
    },
    vesting: {
      preset: initial?.vesting.preset ?? "CLIFF_MONTHLY",
      customPercents: [0, 1, 2, 3].map((i) => String(custom[i] ?? 0)) as [string, string, string, string],
    },
    annualRefresher: major(initial?.annualRefresher ?? 0),
    benefitsValue: major(initial?.benefitsValue ?? 0),
    retirementMatchPercent: String(initial?.retirementMatchPercent ?? 0),
    benefits: Object.fromEntries(
      BENEFIT_ITEMS.map((item) => {
        const b = initial?.benefits[item.key];
        return [item.key, { included: b?.included ?? false, amountPerYear: b?.amountPerYear == null ? "" : major(b.amountPerYear), note: b?.note ?? "" }];
      }),
    ) as Record<BenefitKey, BenefitFormItem>,
    notes: initial?.notes ?? "",
  };
}

const text = z.string();

/** What the form holds: text in every box. */
const offerFormValuesSchema = z.object({
  company: text,
  role: text,
  level: text,
  region: text,
  location: text,
  remotePolicy: text,
  currency: text,
  baseSalary: text,
  targetBonusPercent: text,
  signingBonus: text,
  signingBonusMonth: text,
  equity: z.object({ type: text, grantValue: text, shares: text, sharePrice: text, strikePrice: text, fairMarketValue: text }),
  vesting: z.object({ preset: text, customPercents: z.tuple([text, text, text, text]) }),
  annualRefresher: text,
  benefitsValue: text,
  retirementMatchPercent: text,
  benefits: z.object(
    Object.fromEntries(BENEFIT_ITEMS.map((b) => [b.key, z.object({ included: z.boolean(), amountPerYear: text, note: text })])) as Record<
      BenefitKey,
      z.ZodObject<{ included: z.ZodBoolean; amountPerYear: z.ZodString; note: z.ZodString }>
    >,
  ),
  notes: text,
});

/**
 * The form's schema: the values become the body (toOfferBody), which the server's schema then
 * checks; every message lands at the field with the same path. Its output is the body to send.
 */
export const offerFormSchema = offerFormValuesSchema.transform((values, ctx): OfferBody => {
  const read = toOfferBody(values as OfferFormValues);
  if (!read.ok) {
    for (const [path, message] of Object.entries(read.fields)) ctx.addIssue({ code: "custom", path: path.split("."), message });
    return z.NEVER;
  }
  const checked = offerInputSchema.safeParse(read.body);
  if (!checked.success) {
    for (const issue of checked.error.issues) ctx.addIssue({ code: "custom", path: issue.path.map(String), message: issue.message });
    return z.NEVER;
  }
  return read.body;
});

/**
 * The top message for an API error on saving the offer; branches on `error.code`, never the
 * text. Undefined keeps the form's usual message (field errors are set on their fields).
 */
export function offerErrorMessage(error: { code: string; message: string }): string | undefined {
  if (error.code === "stale_version") return `${error.message} Your changes are still in the form; copy what you need, then reload.`;
  return undefined;
}
