import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { listTemplates } from "@/lib/mocks/mocks";

/** The mock templates: the guide's full simulation and the shorter presets. */
export const GET = route(
  {
    operationId: "listMockTemplates",
    summary: "The mock interview templates",
    response: responses.listMockTemplates,
  },
  async () => ({ templates: listTemplates() }),
);

export * from "@/lib/server/method-not-allowed";
