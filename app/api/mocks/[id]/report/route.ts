import { route } from "@/lib/server/http";
import { getMockReport } from "@/lib/mocks/report";
import { mockParams } from "@/lib/mocks/schema";

/** The report of a finished mock (409 while it runs). */
export const GET = route({ params: mockParams }, async ({ user, params }) => ({ report: await getMockReport(user.id, params.id) }));

export * from "@/lib/server/method-not-allowed";
