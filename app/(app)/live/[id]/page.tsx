import type { Metadata } from "next";
import Link from "next/link";
import { LiveRoom } from "@/components/live/live-room";
import { formatDateTimeIn } from "@/lib/calendar/date-time";
import { roomState } from "@/lib/live/live";
import { db } from "@/lib/server/db";
import { or404, requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Live mock interview" };

export default async function LiveRoomPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const [room, profile] = await Promise.all([
    or404(roomState(user.id, id)),
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { timeZone: true } }),
  ]);
  return (
    <article className="mx-auto max-w-6xl">
      <p className="mb-3 text-sm">
        <Link href="/live" className="text-indigo-700 hover:underline dark:text-indigo-300">
          ← All live mock interviews
        </Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{room.live.title} (live)</h1>
      {room.live.note && <p className="mb-4 whitespace-pre-wrap text-sm text-slate-600 dark:text-slate-400">{room.live.note}</p>}
      <LiveRoom
        initial={room}
        scheduledLabel={`${formatDateTimeIn(room.live.scheduledAt, profile.timeZone)} · ${room.live.durationMinutes} min`}
      />
    </article>
  );
}
