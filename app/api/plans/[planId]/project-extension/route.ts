import * as responses from "@/lib/api/responses";
import { z } from "zod";
import { route } from "@/lib/server/http";
import { getProjectExtension } from "@/lib/plan/project-extension-store";

const params = z.object({ planId: z.string().min(1).max(64) });

export const GET = route(
  {
    operationId: "getProjectExtension",
    summary: "The guide's Full Project Extension in a plan: adopted components and the criteria checklist",
    response: responses.getProjectExtension,
    params,
  },
  async ({ user, params }) => getProjectExtension(user.id, params.planId),
);

export * from "@/lib/server/method-not-allowed";
