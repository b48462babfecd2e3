// Delivery metrics of a spoken answer beside the answer (issue 18), with short guidance in the
// words of the guide's Communication rubric ("struggles to explain concepts" at 0–2, "can
// explain technical concepts to a non-technical audience" at 3–4, "strong communicator, can
// lead technical discussions" at 5–6). Pace and filler thresholds are common coaching ranges,
// not the guide's: the panel says so.
import { type AudioMetrics, LONG_PAUSE_MS } from "@/lib/speech/metrics";
import { transcriptMetrics } from "@/lib/speech/transcript";
import { PauseTimeline } from "./pause-timeline";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function guidance(m: AudioMetrics, wpm: number | null, fillersPerMin: number | null): string[] {
  const out: string[] = [];
  if (m.longPauses.length > 0)
    out.push(
      `${m.longPauses.length} long pause${m.longPauses.length === 1 ? "" : "s"} (over ${LONG_PAUSE_MS / 1000} s). Long silences come across as struggling to explain — the rubric's lowest communication band. Decide your structure first (e.g. approach → trade-offs → result), then speak to it.`,
    );
  else out.push("No long pauses: the answer flows, which is what a strong communicator who can lead a technical discussion sounds like.");
  if (m.loudnessVariationDb !== null && m.loudnessVariationDb < 3)
    out.push("Your loudness hardly varies (under 3 dB): stress the key words so a listener hears what matters.");
  if (wpm !== null && wpm > 170) out.push(`About ${wpm} words a minute is fast (common coaching range: 120–160). Slow down on the technical terms.`);
  if (wpm !== null && wpm < 100) out.push(`About ${wpm} words a minute is slow (common coaching range: 120–160): fewer restarts, shorter sentences.`);
  if (fillersPerMin !== null && fillersPerMin > 4) out.push("Many filler words: a short silent pause sounds more confident than “um” or “you know”.");
  return out;
}

export function MetricsPanel({ metrics, transcript }: { metrics: AudioMetrics; transcript: string }) {
  const words = transcriptMetrics(transcript, metrics.speakingMs);
  const hasWords = words.words > 0;
  const minutes = metrics.speakingMs / 60_000;
  const fillersPerMin = hasWords && minutes > 0 ? words.fillerTotal / minutes : null;
  const tips = guidance(metrics, hasWords ? words.wordsPerMinute : null, fillersPerMin);
  return (
    <section aria-labelledby="delivery-heading" className="space-y-3 text-sm">
      <h3 id="delivery-heading" className="font-semibold">
        Delivery
      </h3>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-3">
        <div>
          <dt className="text-slate-500 dark:text-slate-400">Speaking time</dt>
          <dd className="font-semibold tabular-nums" data-testid="speaking-time" data-ms={metrics.speakingMs}>
            {seconds(metrics.speakingMs)} of {seconds(metrics.totalMs)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500 dark:text-slate-400">Silence</dt>
          <dd className="font-semibold tabular-nums">{Math.round(metrics.silenceRatio * 100)} %</dd>
        </div>
        <div>
          <dt className="text-slate-500 dark:text-slate-400">Long pauses (&gt; 2 s)</dt>
          <dd className="font-semibold tabular-nums" data-testid="long-pauses" data-count={metrics.longPauses.length}>
            {metrics.longPauses.length}
            {metrics.longPauses.length > 0 && ` (${metrics.longPauses.map((p) => seconds(p.lengthMs)).join(", ")})`}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500 dark:text-slate-400">Loudness variation</dt>
          <dd className="font-semibold tabular-nums">{metrics.loudnessVariationDb === null ? "—" : `${metrics.loudnessVariationDb} dB`}</dd>
        </div>
        {hasWords ? (
          <>
            <div>
              <dt className="text-slate-500 dark:text-slate-400">Pace</dt>
              <dd className="font-semibold tabular-nums">{words.wordsPerMinute === null ? "—" : `${words.wordsPerMinute} words/min`}</dd>
            </div>
            <div>
              <dt className="text-slate-500 dark:text-slate-400">Filler words</dt>
              <dd className="font-semibold tabular-nums">
                {words.fillerTotal}
                {words.fillers.length > 0 && ` (${words.fillers.map((f) => `${f.filler} ×${f.count}`).join(", ")})`}
              </dd>
            </div>
            <div>
              <dt className="text-slate-500 dark:text-slate-400">Longest sentence</dt>
              <dd className="font-semibold tabular-nums">{words.longestSentenceWords} words</dd>
            </div>
          </>
        ) : null}
      </dl>
      {!hasWords && (
        <p className="text-slate-600 dark:text-slate-400">
          Pace, filler words and sentence length need a transcript: type or paste what you said into the answer.
        </p>
      )}
      <PauseTimeline metrics={metrics} />
      <ul className="list-disc space-y-1 pl-5">
        {tips.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </section>
  );
}
