import { describe, expect, it } from "vitest";
import { BENEFIT_ITEMS, benefitSummary, benefitsCount, benefitsSchema, emptyBenefits, readBenefits } from "@/lib/offers/benefits";
import { formatMoney } from "@/lib/offers/money";
import { offerFormSchema, offerFormValues, toOfferBody } from "@/lib/offers/offer-form-values";
import { offerInputSchema } from "@/lib/offers/schema";

describe("the guide's benefits checklist on an offer", () => {
  it("has the guide's five items, in its order", () => {
    expect(BENEFIT_ITEMS.map((b) => b.label)).toEqual(["Health insurance", "Retirement matching", "Learning budget", "Conference travel", "Stock options/ESPP"]);
    expect(BENEFIT_ITEMS.filter((b) => b.amount).map((b) => b.key)).toEqual(["learningBudget", "conferenceTravel"]);
  });

  it("an offer saved before the checklist (stored {}) reads as nothing ticked; junk reads as nothing ticked", () => {
    expect(readBenefits({})).toEqual(emptyBenefits());
    expect(readBenefits(null)).toEqual(emptyBenefits());
    expect(readBenefits({ healthInsurance: "yes" })).toEqual(emptyBenefits());
    expect(benefitsCount(readBenefits({}))).toBe(0);
  });

  it("the API body may omit benefits (nothing ticked) or send some items; amounts only where the guide gives one", () => {
    const base = {
      company: "Acme", role: "MLE", level: "SENIOR", region: "UNITED_STATES", remotePolicy: "HYBRID", currency: "USD",
      baseSalary: 20_000_000, targetBonusPercent: 10, signingBonus: 0, signingBonusMonth: 1, equity: { type: "NONE" },
      vesting: { preset: "EVEN" }, annualRefresher: 0, benefitsValue: 0, retirementMatchPercent: 4,
    };
    expect(offerInputSchema.parse(base).benefits).toEqual(emptyBenefits());
    const some = offerInputSchema.parse({ ...base, benefits: { learningBudget: { included: true, amountPerYear: 500_000 } } });
    expect(some.benefits.learningBudget).toEqual({ included: true, amountPerYear: 500_000, note: "" });
    expect(some.benefits.healthInsurance).toEqual({ included: false, amountPerYear: null, note: "" });
    const bad = benefitsSchema.safeParse({ healthInsurance: { included: true, amountPerYear: 100 }, gym: { included: true } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["healthInsurance.amountPerYear", ""]));
    expect(benefitsSchema.safeParse({ learningBudget: { included: true, amountPerYear: -1 } }).error!.issues[0]!.message).toBe("The learning budget cannot be negative.");
  });

  it("summaries: amounts per year in the offer's currency, the retirement match % beside its item, notes in brackets", () => {
    const offer = { currency: "USD", retirementMatchPercent: 5 };
    expect(benefitSummary("healthInsurance", { included: false, amountPerYear: null, note: "" }, offer)).toBe("No");
    expect(benefitSummary("healthInsurance", { included: true, amountPerYear: null, note: "family cover" }, offer)).toBe("Yes (family cover)");
    expect(benefitSummary("retirementMatching", { included: true, amountPerYear: null, note: "" }, offer)).toBe("Yes — 5% match");
    expect(benefitSummary("learningBudget", { included: true, amountPerYear: 300_000, note: "" }, offer)).toBe(`Yes — ${formatMoney(300_000, "USD")}/year`);
  });

  it("the form: ticked items with amounts become the body; an unticked item's amount is not read; a bad amount lands at its field", () => {
    const v = offerFormValues(undefined, { level: "SENIOR", region: "UNITED_STATES", currency: "USD" });
    v.company = "Acme";
    v.role = "MLE";
    v.baseSalary = "200000";
    v.benefits.learningBudget = { included: true, amountPerYear: "3,000", note: " courses " };
    v.benefits.conferenceTravel = { included: false, amountPerYear: "999", note: "" };
    v.benefits.stockEspp = { included: true, amountPerYear: "", note: "15% ESPP discount" };
    const read = toOfferBody(v);
    if (!read.ok) throw new Error(JSON.stringify(read.fields));
    expect(read.body.benefits).toEqual({
      healthInsurance: { included: false, amountPerYear: null, note: "" },
      retirementMatching: { included: false, amountPerYear: null, note: "" },
      learningBudget: { included: true, amountPerYear: 300_000, note: "courses" },
      conferenceTravel: { included: false, amountPerYear: null, note: "" },
      stockEspp: { included: true, amountPerYear: null, note: "15% ESPP discount" },
    });
    expect(offerFormSchema.safeParse(v).success).toBe(true);
    v.benefits.learningBudget.amountPerYear = "lots";
    const bad = offerFormSchema.safeParse(v);
    expect(bad.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["benefits.learningBudget.amountPerYear", "Enter an amount like 185,000 or 185000.50."]]);
  });
});
