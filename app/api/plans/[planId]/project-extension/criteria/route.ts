import * as responses from "@/lib/api/responses";
import { z } from "zod";
import { route } from "@/lib/server/http";
import { projectCriteriaSchema } from "@/lib/plan/project-extension-schema";
import { setProjectCriteria } from "@/lib/plan/project-extension-store";

const params = z.object({ planId: z.string().min(1).max(64) });

export const PUT = route(
  {
    operationId: "setProjectCriteria",
    summary: "Save the Full Project Extension's assessment-criteria checklist",
    response: responses.setProjectCriteria,
    errors: ["stale_version"],
    params,
    body: projectCriteriaSchema,
  },
  async ({ user, params, body }) => ({ criteria: await setProjectCriteria(user.id, params.planId, body) }),
);

export * from "@/lib/server/method-not-allowed";
