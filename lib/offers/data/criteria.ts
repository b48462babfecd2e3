// The guide's weighted comparison matrix ("Common Confusions" 7: Multiple Offer Comparison).
import { z } from "zod";

const criteriaSchema = z
  .array(z.strictObject({ name: z.string().min(1), weight: z.int().min(0).max(100), kind: z.enum(["COMPENSATION", "GENERAL"]) }))
  .refine((list) => list.reduce((a, c) => a + c.weight, 0) === 100, "Default weights must total 100.");

export const DEFAULT_CRITERIA = criteriaSchema.parse([
  { name: "Total compensation", weight: 30, kind: "COMPENSATION" },
  { name: "Role responsibilities", weight: 25, kind: "GENERAL" },
  { name: "Growth opportunities", weight: 20, kind: "GENERAL" },
  { name: "Company culture", weight: 15, kind: "GENERAL" },
  { name: "Location and remote flexibility", weight: 10, kind: "GENERAL" },
]);
