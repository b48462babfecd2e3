import { z } from "zod";

/** GET /api/progress takes no parameters; anything else is a mistake worth reporting. */
export const progressQuerySchema = z.strictObject(
  {},
  {
    error: (i) =>
      i.code === "unrecognized_keys"
        ? `The dashboard takes no parameters (got ${i.keys.join(", ")}).`
        : undefined,
  },
);
