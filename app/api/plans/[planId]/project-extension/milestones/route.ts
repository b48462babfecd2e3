import * as responses from "@/lib/api/responses";
import { z } from "zod";
import { created, route } from "@/lib/server/http";
import { adoptComponentsSchema } from "@/lib/plan/project-extension-schema";
import { adoptComponents } from "@/lib/plan/project-extension-store";

const params = z.object({ planId: z.string().min(1).max(64) });

export const POST = route(
  {
    operationId: "adoptProjectComponents",
    summary: "Adopt components of the Full Project Extension as milestones",
    response: responses.adoptProjectComponents,
    status: 201,
    params,
    body: adoptComponentsSchema,
  },
  async ({ user, params, body }) => created(await adoptComponents(user.id, params.planId, body)),
);

export * from "@/lib/server/method-not-allowed";
