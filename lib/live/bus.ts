import "server-only";
// The live-mock rooms of this app instance. Writers NOTIFY channel `preploop_live` with a
// room's id (nothing else: the payload limit is 8000 bytes and the table is the truth); this
// process wakes its own SSE connections of that room, which read the rows after the last id
// they sent. It listens on the instance's one LISTEN connection (lib/server/pg-listen.ts,
// shared with the session cache), subscribed while any room has a subscriber; that connection
// reconnects with backoff when it drops, and on every (re)connect this wakes every subscriber
// so what was committed while it was down is read from the table.
import { listen } from "@/lib/server/pg-listen";

export const LIVE_CHANNEL = "preploop_live";

type Wake = () => void;

type Bus = {
  rooms: Map<string, Set<Wake>>;
  unlisten: (() => void) | null;
};

const g = globalThis as unknown as { preploopLiveBus?: Bus };
const bus: Bus = (g.preploopLiveBus ??= { rooms: new Map(), unlisten: null });

function wakeAll() {
  for (const subs of bus.rooms.values()) for (const w of subs) w();
}

function wakeRoom(liveMockId: string) {
  const subs = bus.rooms.get(liveMockId);
  if (subs) for (const w of subs) w();
}

/** Wakes `wake` whenever room `liveMockId` may have new events; returns the unsubscribe. */
export function subscribe(liveMockId: string, wake: Wake): () => void {
  let subs = bus.rooms.get(liveMockId);
  if (!subs) bus.rooms.set(liveMockId, (subs = new Set()));
  subs.add(wake);
  bus.unlisten ??= listen(LIVE_CHANNEL, { notify: wakeRoom, up: wakeAll }); // catch up after every (re)connect
  return () => {
    subs.delete(wake);
    if (subs.size === 0 && bus.rooms.get(liveMockId) === subs) bus.rooms.delete(liveMockId);
    if (bus.rooms.size === 0 && bus.unlisten) {
      bus.unlisten();
      bus.unlisten = null;
    }
  };
}
