import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { criteriaUpdateSchema } from "@/lib/offers/schema";
import { getCriteria, updateCriteria } from "@/lib/offers/matrix-store";

export const GET = route(
  { operationId: "getCriteria", summary: "Your offer comparison criteria", response: responses.getCriteria },
  async ({ user }) => getCriteria(user.id),
);

export const PUT = route(
  {
    operationId: "updateCriteria",
    summary: "Replace your offer comparison criteria",
    response: responses.updateCriteria,
    errors: ["stale_version"],
    body: criteriaUpdateSchema,
  },
  async ({ user, body }) => updateCriteria(user.id, body),
);

export * from "@/lib/server/method-not-allowed";
