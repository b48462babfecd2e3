import type { MockState } from "@/lib/mocks/mocks";
import { formatDuration } from "@/lib/practice/timer";

/**
 * Progress through the whole mock: one segment per block and break, as wide as its time,
 * filled as far as the mock has got. One progressbar for assistive technology.
 */
export function MockProgress({ state, passedMs }: { state: MockState; passedMs: number }) {
  const total = state.clock.totalMs;
  const stage = state.stages[state.position.stage];
  const sessionNumber = stage?.kind === "block" ? stage.sessionIndex + 1 : null;
  const pct = total > 0 ? Math.min(100, Math.floor((passedMs * 100) / total)) : 100;
  const where =
    state.status === "finished"
      ? "finished"
      : sessionNumber !== null
        ? `session ${sessionNumber} of ${state.sessions.length}`
        : `break after session ${sessionBefore(state) + 1}`;
  const starts = state.stages.map((_, i) => state.stages.slice(0, i).reduce((a, s) => a + s.allocatedMs, 0));
  return (
    <div>
      <div className="mb-1 flex flex-wrap justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
        <span>
          Progress: {where} · {pct}%
        </span>
        <span>
          {formatDuration(passedMs)} of {formatDuration(total)}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label="Progress through the mock"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`${pct}%, ${where}`}
        className="flex h-3 w-full gap-0.5 overflow-hidden rounded-full"
      >
        {state.stages.map((s) => {
          const from = starts[s.index]!;
          const fill = Math.max(0, Math.min(1, (passedMs - from) / s.allocatedMs));
          return (
            <div
              key={s.index}
              className={`relative h-full ${s.kind === "break" ? "bg-slate-100 dark:bg-slate-800" : "bg-slate-200 dark:bg-slate-700"}`}
              style={{ width: `${(s.allocatedMs * 100) / total}%` }}
              title={s.kind === "block" ? s.label : "Break"}
            >
              <div className={`h-full ${s.kind === "break" ? "bg-slate-400 dark:bg-slate-500" : "bg-indigo-600 dark:bg-indigo-400"}`} style={{ width: `${fill * 100}%` }} />
            </div>
          );
        })}
      </div>
      <ol className="mt-1 hidden gap-2 text-xs text-slate-500 sm:flex dark:text-slate-400" aria-label="Sessions">
        {state.sessions.map((s) => (
          <li key={s.index} className={sessionNumber === s.index + 1 ? "font-semibold text-slate-800 dark:text-slate-100" : ""}>
            {s.title}
          </li>
        ))}
      </ol>
    </div>
  );
}

function sessionBefore(state: MockState) {
  const prev = state.stages.slice(0, state.position.stage).reverse().find((s) => s.kind === "block");
  return prev?.kind === "block" ? prev.sessionIndex : 0;
}
