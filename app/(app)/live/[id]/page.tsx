import type { Metadata } from "next";
import { LiveRoom } from "@/components/live/live-room";
import { formatDateTimeIn } from "@/lib/calendar/date-time";
import { roomState } from "@/lib/live/live";
import { BackToLive, loadForViewer } from "./room-page";

export const metadata: Metadata = { title: "Live mock interview" };

export default async function LiveRoomPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data: room, timeZone } = await loadForViewer((viewerId) => roomState(viewerId, id));
  return (
    <article className="mx-auto max-w-6xl">
      <BackToLive />
      <h1 className="mb-2 text-2xl font-bold">{room.live.title} (live)</h1>
      {room.live.note && <p className="mb-4 whitespace-pre-wrap text-sm text-slate-600 dark:text-slate-400">{room.live.note}</p>}
      <LiveRoom
        initial={room}
        scheduledLabel={`${formatDateTimeIn(room.live.scheduledAt, timeZone)} · ${room.live.durationMinutes} min`}
      />
    </article>
  );
}
