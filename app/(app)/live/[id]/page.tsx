import type { Metadata } from "next";
import { LiveRoom } from "@/components/live/live-room";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTimeIn } from "@/lib/calendar/date-time";
import { roomState } from "@/lib/live/live";
import { BACK_TO_LIVE, loadForViewer } from "./room-page";

export const metadata: Metadata = { title: "Live mock interview" };

export default async function LiveRoomPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data: room, timeZone } = await loadForViewer((viewerId) => roomState(viewerId, id));
  return (
    <article className="mx-auto max-w-6xl">
      <PageHeader className="mb-4" back={BACK_TO_LIVE} title={`${room.live.title} (live)`}>
        {room.live.note && <p className="mt-2 whitespace-pre-wrap text-sm text-slate-600 dark:text-slate-400">{room.live.note}</p>}
      </PageHeader>
      <LiveRoom
        initial={room}
        scheduledLabel={`${formatDateTimeIn(room.live.scheduledAt, timeZone)} · ${room.live.durationMinutes} min`}
      />
    </article>
  );
}
