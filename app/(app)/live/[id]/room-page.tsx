import "server-only";
// What the live room page and its report page share: the signed-in viewer, the room's data
// (404 when the viewer is not in the room) with the viewer's time zone, and the link back.
import { or404, requireUser, userTimeZone } from "@/lib/server/page";

/** Loads `load(viewerId)` (404 if it throws not-found or gives nothing) and the viewer's time zone, together. */
export async function loadForViewer<T>(load: (viewerId: string) => Promise<T>): Promise<{ data: NonNullable<T>; timeZone: string }> {
  const user = await requireUser();
  const [data, timeZone] = await Promise.all([or404(load(user.id)), userTimeZone(user.id)]);
  return { data, timeZone };
}

/** The live pages' link back to the list, for PageHeader. */
export const BACK_TO_LIVE = { href: "/live", label: "All live mock interviews" };
