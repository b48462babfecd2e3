import * as responses from "@/lib/api/responses";
import { announceRevocation } from "@/lib/live/live";
import { endMentorship, updateScopes } from "@/lib/mentors/mentorships";
import { idParams, scopesPatchSchema } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

/** The candidate changes what this mentor may see; effective on the mentor's next request. */
export const PATCH = route(
  {
    operationId: "updateMentorshipScopes",
    summary: "Change what a mentor may see",
    response: responses.updateMentorshipScopes,
    params: idParams,
    body: scopesPatchSchema,
  },
  async ({ user, params, body }) => ({
    mentorship: await updateScopes(user.id, params.id, body),
  }),
);

/** Either side ends the mentorship. */
export const DELETE = route(
  {
    operationId: "endMentorship",
    summary: "End a mentorship (either side)",
    response: responses.endMentorship,
    params: idParams,
  },
  async ({ user, params }) => {
    const mentorship = await endMentorship(user.id, params.id);
    // Live mock rooms of this mentorship close for the mentor at once (lib/live).
    await announceRevocation(params.id);
    return { mentorship };
  },
);

export * from "@/lib/server/method-not-allowed";
