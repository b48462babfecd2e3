import { describe, expect, it } from "vitest";
import { AMOUNT_MESSAGE, offerErrorMessage, offerFormSchema, offerFormValues, type OfferFormValues, toOfferBody } from "@/lib/offers/offer-form-values";
import { criteriaFormSchema } from "@/lib/offers/criteria-form";
import { criteriaFormValues, toCriteriaBody, weightTotal } from "@/lib/offers/criteria-values";
import type { OfferView } from "@/lib/offers/offer-view";
import { validOffer } from "../support/offers";
import { emptyBenefits } from "@/lib/offers/benefits";

const defaults = { level: "SENIOR", region: "UNITED_STATES", currency: "USD" };

/** A new offer's form, filled in as a person would type it. */
function typed(over: Partial<OfferFormValues> = {}): OfferFormValues {
  return {
    ...offerFormValues(undefined, defaults),
    company: "  Acme AI ",
    role: "Senior ML Engineer",
    location: "San Francisco",
    baseSalary: "200,000",
    targetBonusPercent: "15",
    signingBonus: "50,000.50",
    signingBonusMonth: "6",
    equity: { type: "RSU_VALUE", grantValue: "$400,000", shares: "12", sharePrice: "not read", strikePrice: "", fairMarketValue: "" },
    benefitsValue: "10 000",
    retirementMatchPercent: "4",
    ...over,
  };
}

describe("toOfferBody: what the form sends", () => {
  it("reads amounts in the currency's minor units, percentages as numbers, and only the chosen equity's fields", () => {
    expect(toOfferBody(typed())).toEqual({
      ok: true,
      // The integration tests' valid offer, with the typed 50,000.50, no notes and an empty benefits checklist.
      body: validOffer({ signingBonus: 5_000_050, notes: "", benefits: emptyBenefits() }),
    });
  });

  it("sends options with their shares and both prices, and the custom percentages only for custom vesting", () => {
    const r = toOfferBody(
      typed({
        currency: "JPY",
        baseSalary: "12,000,000",
        equity: { type: "OPTIONS", grantValue: "", shares: "1000", sharePrice: "", strikePrice: "500", fairMarketValue: "1,500" },
        vesting: { preset: "CUSTOM", customPercents: ["10", "20", "", "40.5"] },
        targetBonusPercent: "",
        signingBonus: "",
      }),
    );
    expect(r.ok && r.body).toMatchObject({
      baseSalary: 12_000_000,
      signingBonus: 0,
      targetBonusPercent: 0,
      equity: { type: "OPTIONS", shares: 1000, strikePrice: 500, fairMarketValue: 1500 },
      vesting: { preset: "CUSTOM", customPercents: [10, 20, 0, 40.5] },
    });
  });

  it("names each amount it cannot read at its own path (more decimals than the currency has is not an amount)", () => {
    expect(toOfferBody(typed({ baseSalary: "lots", equity: { ...typed().equity, grantValue: "1.234" } }))).toEqual({
      ok: false,
      fields: { baseSalary: AMOUNT_MESSAGE, "equity.grantValue": AMOUNT_MESSAGE },
    });
    // JPY has no minor digits.
    expect(toOfferBody(typed({ currency: "JPY", baseSalary: "100.5", signingBonus: "50,000" }))).toEqual({ ok: false, fields: { baseSalary: AMOUNT_MESSAGE } });
  });

  it("gives the number boxes left blank as NaN so the schema asks for them", () => {
    const r = toOfferBody(typed({ signingBonusMonth: " ", equity: { ...typed().equity, type: "RSU_SHARES", shares: "", sharePrice: "150" } }));
    expect(r.ok).toBe(true);
    expect(r.ok && r.body.signingBonusMonth).toBeNaN();
    expect(r.ok && (r.body.equity as { shares: number }).shares).toBeNaN();
  });

  it("round-trips a saved offer: its form values send the same body", () => {
    const saved = {
      company: "Beta",
      role: "Staff",
      level: "STAFF",
      region: "GERMANY",
      location: "",
      remotePolicy: "REMOTE",
      currency: "EUR",
      baseSalary: 15_000_050,
      targetBonusPercent: 12.5,
      signingBonus: 0,
      signingBonusMonth: 13,
      equity: { type: "RSU_SHARES", shares: 400, sharePrice: 15_025 },
      vesting: { preset: "CUSTOM", customPercents: [40, 30, 20, 10] },
      annualRefresher: 2_000_000,
      benefitsValue: 0,
      retirementMatchPercent: 0,
      benefits: { ...emptyBenefits(), conferenceTravel: { included: true, amountPerYear: 250_000, note: "NeurIPS" } },
      notes: "Good team.",
    };
    const values = offerFormValues(saved as unknown as OfferView, defaults);
    expect(values.baseSalary).toBe("150000.50");
    expect(values.equity.sharePrice).toBe("150.25");
    expect(values.benefits.conferenceTravel).toEqual({ included: true, amountPerYear: "2500", note: "NeurIPS" });
    expect(toOfferBody(values)).toEqual({ ok: true, body: saved });
  });
});

describe("offerFormSchema: the server's rules on the form's fields", () => {
  it("outputs the body when valid", () => {
    const r = offerFormSchema.safeParse(typed());
    expect(r.success && r.data.baseSalary).toBe(20_000_000);
  });

  it("puts the server schema's messages at the form's field paths", () => {
    const r = offerFormSchema.safeParse(
      typed({ company: " ", baseSalary: "", signingBonusMonth: "49", vesting: { preset: "CUSTOM", customPercents: ["25", "25", "25", "10"] } }),
    );
    expect(r.success).toBe(false);
    const issues = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(issues).toEqual({
      company: "Enter the company.",
      baseSalary: "Enter the base salary.",
      signingBonusMonth: "Enter a month from 1 to 48.",
      "vesting.customPercents": "Custom vesting must total 100%; these total 85%.",
    });
  });

  it("reports amounts it cannot read before checking anything else", () => {
    const r = offerFormSchema.safeParse(typed({ company: "", equity: { ...typed().equity, grantValue: "abc" } }));
    expect(r.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["equity.grantValue", AMOUNT_MESSAGE]]);
  });
});

describe("offerErrorMessage: the top message branches on the code", () => {
  it("keeps the typed values on a stale version and leaves other codes to the form", () => {
    expect(offerErrorMessage({ code: "stale_version", message: "This offer was changed elsewhere. Reload to see the latest version." })).toBe(
      "This offer was changed elsewhere. Reload to see the latest version. Your changes are still in the form; copy what you need, then reload.",
    );
    expect(offerErrorMessage({ code: "too_many_offers", message: "stale_version" })).toBeUndefined();
    expect(offerErrorMessage({ code: "invalid_input", message: "Please correct the highlighted fields." })).toBeUndefined();
  });
});

describe("the criteria form: weights typed as text", () => {
  const saved = { version: 3, criteria: [{ id: "c1", name: "Pay", weight: 60 }, { id: "c2", name: "Team", weight: 40 }] };

  it("round-trips the saved criteria and sends new ones without an id", () => {
    const values = criteriaFormValues(saved);
    expect(values.criteria[0]).toEqual({ id: "c1", name: "Pay", weight: "60" });
    values.criteria.push({ name: "  Visa ", weight: "0" });
    expect(toCriteriaBody(values)).toEqual({
      version: 3,
      criteria: [{ id: "c1", name: "Pay", weight: 60 }, { id: "c2", name: "Team", weight: 40 }, { name: "Visa", weight: 0 }],
    });
    expect(weightTotal([{ weight: "60" }, { weight: "" }, { weight: "x" }, { weight: "45" }])).toBe(105);
  });

  it("gives the server's messages at the rows' paths, and the total at the list", () => {
    const blank = criteriaFormSchema.safeParse({ version: 3, criteria: [{ id: "c1", name: "Pay", weight: "" }, { name: "pay", weight: "1.5" }] });
    expect(blank.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["criteria.0.weight", "Enter a weight from 0 to 100."],
      ["criteria.1.weight", "Weights are whole numbers."],
    ]);
    const total = criteriaFormSchema.safeParse({ version: 3, criteria: [{ id: "c1", name: "Pay", weight: "70" }, { id: "c2", name: "Team", weight: "40" }] });
    expect(total.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["criteria", "Weights must total 100; they total 110."]]);
    const ok = criteriaFormSchema.safeParse(criteriaFormValues(saved));
    expect(ok.success && ok.data).toEqual(saved);
  });
});
