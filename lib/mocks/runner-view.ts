// Pure parts of the mock runner (unit-tested): what the page shows of the server's clock,
// advanced by the time since it arrived, and where focus goes after a move.
import type { MockState, StageView } from "./mocks";
import { formatDuration } from "@/lib/practice/timer";

/** Time since the state arrived that the clocks have run (none while paused). */
export function elapsedSince(state: Pick<MockState, "clock">, now: number, receivedAt: number): number {
  return state.clock.running ? Math.max(0, now - receivedAt) : 0;
}

/** Whether the block's (or break's) time ran out on the page: time to ask the server. */
export function stageExpired(state: Pick<MockState, "status" | "clock">, since: number): boolean {
  return state.status === "in-progress" && state.clock.running && state.clock.stageRemainingMs - since <= 0;
}

/** The block clock warns in its last minute, unless the block is so short that is most of it. */
export function blockRunningLow(stageLeftMs: number, allocatedMs: number): boolean {
  return stageLeftMs <= 60_000 && stageLeftMs < allocatedMs / 5;
}

export type TimerView = { label: "Break" | "Session" | "Block" | "Question"; value: string; detail: string; low: boolean };

/** The clocks shown for the current stage: a break's one, or a block's session/block/question. */
export function mockTimers(state: Pick<MockState, "clock">, stage: StageView, since: number): TimerView[] {
  const stageLeft = Math.max(0, state.clock.stageRemainingMs - since);
  if (stage.kind === "break") {
    return [{ label: "Break", value: formatDuration(stageLeft), detail: `of ${formatDuration(stage.allocatedMs)}`, low: false }];
  }
  return [
    {
      label: "Session",
      value: formatDuration(Math.max(0, state.clock.sessionRemainingMs - since)),
      detail: `left of ${formatDuration(state.clock.sessionAllocatedMs)}`,
      low: false,
    },
    {
      label: "Block",
      value: formatDuration(stageLeft),
      detail: `left of ${formatDuration(stage.allocatedMs)}`,
      low: blockRunningLow(stageLeft, stage.allocatedMs),
    },
    {
      label: "Question",
      value: formatDuration(state.clock.questionElapsedMs + since),
      detail: `spent of a ${formatDuration(state.clock.questionShareMs)} share`,
      low: false,
    },
  ];
}

/** The element that takes focus after a move or a skip: the break's heading or the question's. */
export function focusTargetOf(state: Pick<MockState, "status" | "stages" | "position">): string | null {
  if (state.status !== "in-progress") return null;
  const stage = state.stages[state.position.stage];
  if (!stage) return null;
  if (stage.kind === "break") return "break-heading";
  return state.position.slot === null ? null : `q-${state.position.slot}-title`;
}
