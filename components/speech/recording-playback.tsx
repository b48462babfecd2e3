"use client";
// Playback of a finished recording (seekable: the audio route answers Range requests) and its
// delivery metrics. Used by the recorder, the submitted attempt page and the mentor's view.
import { type AudioMetrics } from "@/lib/speech/metrics";
import { MetricsPanel } from "./metrics-panel";

/**
 * MediaRecorder's WebM carries no duration, so Chromium reports Infinity and cannot seek until
 * it has read to the end: jump far ahead once (it reads the tail with a Range request), then
 * back to the start. Afterwards the duration is known and seeking works.
 */
function learnDuration(audio: HTMLAudioElement) {
  if (Number.isFinite(audio.duration)) return;
  const back = () => {
    if (!Number.isFinite(audio.duration)) return;
    audio.removeEventListener("durationchange", back);
    audio.currentTime = 0;
  };
  audio.addEventListener("durationchange", back);
  audio.currentTime = 1e101;
}

type Playable = { id: string; updatedAt: string; durationMs: number | null; metrics: AudioMetrics | null };

export function RecordingPlayback({ audioUrl, recording, transcript }: { audioUrl: string; recording: Playable; transcript: string }) {
  return (
    <div className="space-y-3">
      <audio
        key={`${recording.id}-${recording.updatedAt}`}
        controls
        preload="metadata"
        src={audioUrl}
        className="w-full"
        aria-label="Recorded answer"
        onLoadedMetadata={(e) => learnDuration(e.currentTarget)}
      >
        Your browser cannot play this recording.
      </audio>
      {recording.metrics ? (
        <MetricsPanel metrics={recording.metrics} transcript={transcript} />
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">Delivery metrics appear once the recording has been measured.</p>
      )}
    </div>
  );
}
