import { liveIcs } from "@/lib/live/live";
import { liveParams } from "@/lib/live/schema";
import { route } from "@/lib/server/http";

/** The live mock as an RFC 5545 calendar file (one event, stable UID; a reschedule raises SEQUENCE). */
export const GET = route(
  {
    operationId: "getLiveMockCalendar",
    summary: "Download the live mock interview as a calendar file (.ics)",
    responseType: "text/calendar",
    params: liveParams,
  },
  async ({ req, user, params }) => {
    const ics = await liveIcs(user.id, params.id, req.nextUrl.origin);
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="live-mock-${params.id}.ics"`,
      },
    });
  },
);

export * from "@/lib/server/method-not-allowed";
