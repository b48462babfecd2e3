// Vesting presets offered by the form (issue 8). Yearly percentages are in basis points
// of the grant (2500 = 25%); for the cliff presets the first year vests at the 1-year
// cliff and the rest monthly or quarterly, which is 25% in each whole year.
import { z } from "zod";

const presetSchema = z.array(
  z
    .strictObject({
      value: z.enum(["CLIFF_MONTHLY", "CLIFF_QUARTERLY", "EVEN", "BACK_LOADED", "FRONT_LOADED"]),
      label: z.string().min(1),
      description: z.string().min(1),
      yearlyBp: z.array(z.int().min(0).max(10000)).length(4),
    })
    .refine((p) => p.yearlyBp.reduce((a, b) => a + b, 0) === 10000, "A preset must vest 100%."),
);

export const VESTING_PRESETS = presetSchema.parse([
  {
    value: "CLIFF_MONTHLY",
    label: "4 years, 1-year cliff, then monthly",
    description: "25% at the first anniversary, then 1/48 of the grant each month.",
    yearlyBp: [2500, 2500, 2500, 2500],
  },
  {
    value: "CLIFF_QUARTERLY",
    label: "4 years, 1-year cliff, then quarterly",
    description: "25% at the first anniversary, then 1/16 of the grant each quarter.",
    yearlyBp: [2500, 2500, 2500, 2500],
  },
  {
    value: "EVEN",
    label: "Even: 25/25/25/25",
    description: "A quarter of the grant in each of the four years.",
    yearlyBp: [2500, 2500, 2500, 2500],
  },
  {
    value: "BACK_LOADED",
    label: "Back-loaded: 5/15/40/40",
    description: "5% in year 1, 15% in year 2, 40% in years 3 and 4.",
    yearlyBp: [500, 1500, 4000, 4000],
  },
  {
    value: "FRONT_LOADED",
    label: "Front-loaded: 40/30/20/10",
    description: "40% in year 1, 30% in year 2, 20% in year 3, 10% in year 4.",
    yearlyBp: [4000, 3000, 2000, 1000],
  },
]);

export const CUSTOM_VESTING = { value: "CUSTOM", label: "Custom yearly percentages" } as const;
