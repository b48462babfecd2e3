"use client";
// Answer out loud (issue 18): record with MediaRecorder (Opus in WebM or Ogg), a level meter,
// pause/resume, stop, re-record. Each ~1 s chunk is uploaded in order as it is recorded
// (lib/client/chunk-uploader.ts), so a reload or crash loses at most the last second: the
// page finds the open recording and offers to continue it (WebM: the new recorder's output is
// rewritten into a continuation, lib/speech/webm-continue.ts) or to finish it. After Stop the
// browser decodes the whole recording and computes the delivery metrics (lib/speech/metrics.ts).
import { useCallback, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import { ChunkUploader } from "@/lib/client/chunk-uploader";
import { MAX_RECORDING_MS, TIMESLICE_MS } from "@/lib/speech/limits";
import { type AudioMetrics, audioMetrics } from "@/lib/speech/metrics";
import { WebmContinuation } from "@/lib/speech/webm-continue";
import { RecordingPlayback } from "./recording-playback";
import { Transcribe, type TranscribeOptions } from "./transcribe";

type RecordingData = {
  id: string;
  mimeType: string;
  status: "recording" | "complete";
  nextSeq: number;
  totalBytes: number;
  durationMs: number | null;
  metrics: AudioMetrics | null;
  updatedAt: string;
};

type Phase = "loading" | "idle" | "interrupted" | "starting" | "recording" | "paused" | "finishing" | "done";

const TYPES = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus"];

function micMessage(err: unknown) {
  const name = err instanceof DOMException ? err.name : "";
  if (name === "NotAllowedError" || name === "SecurityError")
    return "Microphone permission was refused. Allow the microphone for this site in the browser's address bar to answer out loud — your typed answer is still here.";
  if (name === "NotFoundError" || name === "OverconstrainedError")
    return "No microphone was found. Connect one and try again, or type your answer.";
  if (name === "NotReadableError") return "The microphone is busy in another application. Close it there and try again, or type your answer.";
  return "The microphone could not be started. You can still type your answer.";
}

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

/** Decodes the stored recording and measures it; `durationMs` is the decoded length. */
async function analyse(audioUrl: string): Promise<{ durationMs: number; metrics: AudioMetrics }> {
  const res = await fetch(audioUrl, { credentials: "same-origin" });
  if (!res.ok) throw new Error(`The recording could not be read (${res.status}).`);
  const ctx = new AudioContext();
  try {
    const buffer = await ctx.decodeAudioData(await res.arrayBuffer());
    return { durationMs: Math.round(buffer.duration * 1000), metrics: audioMetrics(buffer.getChannelData(0), buffer.sampleRate) };
  } finally {
    void ctx.close();
  }
}

export function Recorder({
  attemptId,
  transcript,
  transcription,
  disabled,
}: {
  attemptId: string;
  transcript: string;
  /** The transcript's way into the answer (components/speech/transcribe.tsx). */
  transcription: TranscribeOptions;
  disabled?: boolean;
}) {
  const base = `/api/practice/attempts/${attemptId}/recording`;
  const [phase, setPhase] = useState<Phase>("loading");
  const [recording, setRecording] = useState<RecordingData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [elapsedMs, setElapsedMs] = useState(0);
  const [level, setLevel] = useState(0);
  const live = useRef<{
    recorder: MediaRecorder;
    stream: MediaStream;
    ctx: AudioContext;
    uploader: ChunkUploader;
    chain: Promise<void>;
    baseMs: number;
    activeSince: number | null;
    activeMs: number;
    raf: number;
  } | null>(null);

  useEffect(() => {
    let stale = false;
    void api<{ recording: RecordingData | null }>(base).then((res) => {
      if (stale) return;
      if (!res.ok) return setError(res.error.message);
      const r = res.data.recording;
      setRecording(r);
      setPhase(!r || (r.status === "recording" && r.nextSeq === 0) ? "idle" : r.status === "complete" ? "done" : "interrupted");
    });
    return () => {
      stale = true;
    };
  }, [base]);

  const recordedMs = useCallback(() => {
    const l = live.current;
    if (!l) return 0;
    return l.baseMs + l.activeMs + (l.activeSince === null ? 0 : performance.now() - l.activeSince);
  }, []);

  const teardown = useCallback(() => {
    const l = live.current;
    if (!l) return;
    cancelAnimationFrame(l.raf);
    l.stream.getTracks().forEach((t) => t.stop());
    void l.ctx.close();
  }, []);
  useEffect(() => teardown, [teardown]);

  // The recorded time (shown, and read by the e2e test) while recording.
  useEffect(() => {
    if (phase !== "recording" && phase !== "paused") return;
    const t = setInterval(() => {
      const ms = recordedMs();
      setElapsedMs(ms);
      if (ms >= MAX_RECORDING_MS && live.current?.recorder.state === "recording") live.current.recorder.stop();
    }, 200);
    return () => clearInterval(t);
  }, [phase, recordedMs]);

  async function finish(durationHint: number) {
    setPhase("finishing");
    const done = await api<{ recording: RecordingData }>(base, { method: "PATCH", body: { durationMs: Math.round(durationHint) } });
    if (!done.ok) {
      setError(done.error.message);
      setPhase("interrupted");
      return;
    }
    let view = done.data.recording;
    try {
      const { metrics } = await analyse(`${base}/audio`);
      const saved = await api<{ recording: RecordingData }>(`${base}/metrics`, { method: "PUT", body: { metrics } });
      if (saved.ok) view = saved.data.recording;
      else setError(saved.error.message);
    } catch {
      setError("The recording is saved, but this browser could not decode it to measure your delivery.");
    }
    setRecording(view);
    setPhase("done");
  }

  async function start(mode: "new" | "continue") {
    setError(null);
    if (typeof MediaRecorder === "undefined" || !navigator.mediaDevices?.getUserMedia) {
      setError("This browser cannot record audio. You can still type your answer.");
      return;
    }
    setPhase("starting");
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
    } catch (err) {
      setError(micMessage(err));
      setPhase(mode === "continue" ? "interrupted" : recording?.status === "complete" ? "done" : "idle");
      return;
    }
    let mimeType: string;
    let nextSeq = 0;
    let baseMs = 0;
    let continuation: WebmContinuation | null = null;
    if (mode === "continue" && recording) {
      mimeType = recording.mimeType;
      nextSeq = recording.nextSeq;
      try {
        baseMs = (await analyse(`${base}/audio`)).durationMs;
      } catch {
        stream.getTracks().forEach((t) => t.stop());
        setError("The interrupted recording could not be read back to continue it. Finish it or record again.");
        setPhase("interrupted");
        return;
      }
      continuation = new WebmContinuation(baseMs);
    } else {
      const type = TYPES.find((t) => MediaRecorder.isTypeSupported(t));
      if (!type) {
        stream.getTracks().forEach((t) => t.stop());
        setError("This browser cannot record Opus audio. You can still type your answer.");
        setPhase("idle");
        return;
      }
      mimeType = type;
      const started = await api<{ recording: RecordingData }>(base, { method: "POST", body: { mimeType } });
      if (!started.ok) {
        stream.getTracks().forEach((t) => t.stop());
        setError(started.error.message);
        setPhase("idle");
        return;
      }
      setRecording(started.data.recording);
    }
    const uploader = new ChunkUploader((seq) => `${base}/chunks/${seq}`, mimeType, nextSeq, (e) => {
      setError(`${e.message} Recording stopped; what was uploaded is kept.`);
      if (live.current?.recorder.state !== "inactive") live.current?.recorder.stop();
    });
    const recorder = new MediaRecorder(stream, { mimeType });
    const ctx = new AudioContext();
    const analyser = ctx.createAnalyser();
    analyser.fftSize = 2048;
    ctx.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const l = { recorder, stream, ctx, uploader, chain: Promise.resolve(), baseMs, activeSince: performance.now() as number | null, activeMs: 0, raf: 0 };
    live.current = l;
    const meter = () => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += s * s;
      const db = 20 * Math.log10(Math.max(Math.sqrt(sum / samples.length), 1e-6));
      setLevel(Math.max(0, Math.min(100, Math.round(((db + 60) / 60) * 100))));
      l.raf = requestAnimationFrame(meter);
    };
    l.raf = requestAnimationFrame(meter);
    recorder.ondataavailable = (e) => {
      // Blobs are read in order (arrayBuffer is async): chain them.
      l.chain = l.chain.then(async () => {
        const bytes = new Uint8Array(await e.data.arrayBuffer());
        uploader.add(continuation ? new Uint8Array(continuation.push(bytes)) : bytes);
      });
    };
    recorder.onstop = () => {
      if (l.activeSince !== null) l.activeMs += performance.now() - l.activeSince;
      l.activeSince = null;
      const total = l.baseMs + l.activeMs;
      teardown();
      live.current = null;
      setLevel(0);
      setPhase("finishing");
      void l.chain
        .then(() => uploader.settled())
        .then(() => (uploader.error ? setPhase("interrupted") : finish(total)));
    };
    recorder.start(TIMESLICE_MS);
    setElapsedMs(baseMs);
    setPhase("recording");
  }

  function pause() {
    const l = live.current;
    if (!l || l.recorder.state !== "recording") return;
    l.recorder.pause();
    if (l.activeSince !== null) l.activeMs += performance.now() - l.activeSince;
    l.activeSince = null;
    setPhase("paused");
  }
  function resume() {
    const l = live.current;
    if (!l || l.recorder.state !== "paused") return;
    l.recorder.resume();
    l.activeSince = performance.now();
    setPhase("recording");
  }
  function stop() {
    const l = live.current;
    if (l && l.recorder.state !== "inactive") l.recorder.stop();
  }
  async function finishInterrupted() {
    setError(null);
    setPhase("finishing");
    try {
      const { durationMs } = await analyse(`${base}/audio`);
      await finish(durationMs);
    } catch {
      await finish(0);
    }
  }

  const active = phase === "recording" || phase === "paused";
  return (
    <section aria-labelledby="spoken-heading" className="space-y-3 rounded-md border border-slate-200 p-4 dark:border-slate-700">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id="spoken-heading" className="font-semibold">
          Answer out loud
        </h3>
        <div className="flex flex-wrap items-center gap-2">
          {(phase === "idle" || phase === "starting") && (
            <Button variant="secondary" onClick={() => void start("new")} disabled={disabled || phase === "starting"}>
              Record
            </Button>
          )}
          {phase === "interrupted" && (
            <>
              {recording?.mimeType.startsWith("audio/webm") && (
                <Button variant="secondary" onClick={() => void start("continue")} disabled={disabled}>
                  Continue recording
                </Button>
              )}
              <Button variant="secondary" onClick={() => void finishInterrupted()}>
                Finish recording
              </Button>
            </>
          )}
          {phase === "recording" && (
            <Button variant="secondary" onClick={pause}>
              Pause recording
            </Button>
          )}
          {phase === "paused" && (
            <Button variant="secondary" onClick={resume}>
              Resume recording
            </Button>
          )}
          {active && <Button onClick={stop}>Stop</Button>}
          {phase === "done" && (
            <Button variant="secondary" onClick={() => void start("new")} disabled={disabled}>
              Re-record
            </Button>
          )}
        </div>
      </div>
      {active && (
        <div className="flex items-center gap-3 text-sm">
          <span aria-live="off" data-testid="recorded-time" data-ms={Math.round(elapsedMs)} className="tabular-nums">
            {phase === "paused" ? "Paused at" : "Recording"} {clock(elapsedMs)}
          </span>
          <div
            role="meter"
            aria-label="Microphone level"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={level}
            className="h-2 w-40 overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
          >
            <div className="h-full bg-green-500" style={{ width: `${level}%` }} />
          </div>
        </div>
      )}
      {phase === "loading" && <p className="text-sm text-slate-600 dark:text-slate-400">Checking for a recording…</p>}
      {phase === "idle" && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Speak your answer as in a real interview; it is saved second by second.{" "}
          {transcription.configured
            ? "When you stop, Transcribe turns it into your answer's text for pace and filler-word figures."
            : "Type or paste what you said into the answer to get pace and filler-word figures."}
        </p>
      )}
      {phase === "interrupted" && recording && (
        <Alert tone="info">
          A recording of this answer was interrupted ({Math.round(recording.totalBytes / 1024)} KB saved). Continue it, or finish it as it is.
        </Alert>
      )}
      {phase === "finishing" && <p role="status" className="text-sm">Saving the recording and measuring your delivery…</p>}
      {error && <Alert tone="error">{error}</Alert>}
      {phase === "done" && recording && (
        <>
          <Transcribe key={recording.id} attemptId={attemptId} options={transcription} disabled={disabled} />
          <RecordingPlayback audioUrl={`${base}/audio`} recording={recording} transcript={transcript} />
        </>
      )}
    </section>
  );
}
