// The answer over time: speech segments as bars, long pauses marked (issue 18). Plain SVG.
import { type AudioMetrics } from "@/lib/speech/metrics";

export function PauseTimeline({ metrics }: { metrics: AudioMetrics }) {
  const total = Math.max(metrics.totalMs, 1);
  const x = (ms: number) => (ms / total) * 1000;
  const label = `Timeline of ${(total / 1000).toFixed(0)} seconds: ${metrics.segments.length} stretches of speech, ${metrics.longPauses.length} long pauses.`;
  return (
    <figure className="space-y-1">
      <svg viewBox="0 0 1000 40" preserveAspectRatio="none" className="h-10 w-full rounded bg-slate-100 dark:bg-slate-800" role="img" aria-label={label}>
        {metrics.segments.map((s) => (
          <rect key={`s${s.startMs}`} x={x(s.startMs)} y={8} width={Math.max(x(s.lengthMs), 1)} height={24} className="fill-indigo-500" />
        ))}
        {metrics.longPauses.map((p) => (
          <rect key={`p${p.startMs}`} x={x(p.startMs)} y={34} width={Math.max(x(p.lengthMs), 1)} height={6} className="fill-amber-500" />
        ))}
      </svg>
      <figcaption className="text-xs text-slate-600 dark:text-slate-400">
        Blue: speaking. Amber underline: pauses longer than 2 s.
      </figcaption>
    </figure>
  );
}
