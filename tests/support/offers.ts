// Builders for offer requests in integration tests.
// $200,000 base, 15% bonus, $50,000 signing in month 6, $400,000 RSUs 1-year cliff monthly,
// $10,000 benefits + 4% match: years 398,000 / 348,000 / 348,000 / 348,000 (see the unit tests).
export const validOffer = (over: Record<string, unknown> = {}) => ({
  company: "Acme AI",
  role: "Senior ML Engineer",
  level: "SENIOR",
  region: "UNITED_STATES",
  location: "San Francisco",
  remotePolicy: "HYBRID",
  currency: "USD",
  baseSalary: 20_000_000,
  targetBonusPercent: 15,
  signingBonus: 5_000_000,
  signingBonusMonth: 6,
  equity: { type: "RSU_VALUE", grantValue: 40_000_000 },
  vesting: { preset: "CLIFF_MONTHLY" },
  annualRefresher: 0,
  benefitsValue: 1_000_000,
  retirementMatchPercent: 4,
  notes: "Strong mentorship.",
  ...over,
});
