import "server-only";
// What the live room page and its report page share: the signed-in viewer, the room's data
// (404 when the viewer is not in the room) with the viewer's time zone, and the link back.
import Link from "next/link";
import { db } from "@/lib/server/db";
import { or404, requireUser } from "@/lib/server/page";

/** Loads `load(viewerId)` (404 if it throws not-found or gives nothing) and the viewer's time zone, together. */
export async function loadForViewer<T>(load: (viewerId: string) => Promise<T>): Promise<{ data: NonNullable<T>; timeZone: string }> {
  const user = await requireUser();
  const [data, profile] = await Promise.all([or404(load(user.id)), db.user.findUniqueOrThrow({ where: { id: user.id }, select: { timeZone: true } })]);
  return { data, timeZone: profile.timeZone };
}

export function BackToLive({ className = "mb-3 text-sm" }: { className?: string }) {
  return (
    <p className={className}>
      <Link href="/live" className="text-indigo-700 hover:underline dark:text-indigo-300">
        ← All live mock interviews
      </Link>
    </p>
  );
}
