"use client";
// The live mock room, both sides. One EventSource on /api/live/{id}/events (resumed by the
// browser with Last-Event-ID after a drop); the page opens it after the state it was rendered
// with. The candidate gets the solo mock runner (the interviewer drives the clock) and the
// interviewer's hints and follow-ups; the interviewer gets the question with what the
// candidate never sees, the answer as it is saved, messages, notes, scores and the clock.
import { useCallback, useEffect, useRef, useState } from "react";
import { MockRunner } from "@/components/mocks/mock-runner";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Markdown } from "@/components/ui/markdown";
import { api } from "@/lib/client/api";
import { withPage } from "@/lib/client/page-instance";
import type { RoomState } from "@/lib/live/live";
import { EVALUATION_POINTS } from "@/lib/practice/data/evaluation";

type Answer = Record<string, string>;
type Message = RoomState["messages"][number];

function answerText(a: Answer | undefined): string {
  if (!a) return "";
  const parts = Object.entries(a).filter(([, v]) => typeof v === "string" && v.trim());
  if (parts.length === 1) return parts[0]![1];
  return parts.map(([k, v]) => `${k[0]!.toUpperCase()}${k.slice(1)}: ${v}`).join("\n\n");
}

export function LiveRoom({ initial, scheduledLabel }: { initial: RoomState; scheduledLabel: string }) {
  const [room, setRoom] = useState(initial);
  const [presence, setPresence] = useState(initial.presence);
  const [messages, setMessages] = useState<Message[]>(initial.messages);
  const [answers, setAnswers] = useState<Record<number, { answer: Answer; version: number }>>({});
  const [clockKey, setClockKey] = useState("0");
  const [closed, setClosed] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // "Candidate left the page" / "came back" (the runner's left pause, told to the room at once).
  const [page, setPage] = useState(initial.candidatePage);
  const id = room.live.id;
  const role = room.live.role;

  // Events can trigger reloads that overlap; only the latest one's answer is applied (an older
  // answer arriving last would put back a state from before, e.g. a running clock after a pause).
  const latestReload = useRef(0);
  const reload = useCallback(async () => {
    const seq = ++latestReload.current;
    const res = await api<RoomState>(`/api/live/${id}`);
    if (seq !== latestReload.current) return;
    if (res.ok) {
      setRoom(res.data);
      setPresence(res.data.presence);
      setPage(res.data.candidatePage);
    } else if (res.error.status === 404) setClosed("You no longer have access to this live mock.");
  }, [id]);

  useEffect(() => {
    // The candidate's page token: a stream that reaches the server after this page left is no return.
    const es = new EventSource(withPage(`/api/live/${id}/events?lastEventId=${encodeURIComponent(initial.lastEventId)}`));
    const on = (kind: string, fn: (data: Record<string, unknown>) => void) =>
      es.addEventListener(kind, (e) => fn(JSON.parse((e as MessageEvent<string>).data) as Record<string, unknown>));
    on("join", (d) => {
      const r = d.role as "candidate" | "mentor";
      setPresence((p) => ({ ...p, [r]: true }));
    });
    // A leave (closed, or lapsed on a crashed instance): the server says who is still here
    // (another tab of the same side may be).
    on("leave", () => void reload());
    on("page", (d) => {
      setPage({ state: d.state === "left" ? "left" : "back", at: String(d.at) });
      setClockKey(String(d.id));
      void reload();
    });
    for (const kind of ["hint", "follow-up"])
      on(kind, (d) => setMessages((m) => (m.some((x) => x.id === d.id) ? m : [...m, { id: String(d.id), kind, text: String(d.text), slot: (d.slot as number | null) ?? null, at: String(d.at) }])));
    on("answer", (d) => setAnswers((a) => ({ ...a, [d.slot as number]: { answer: d.answer as Answer, version: d.version as number } })));
    for (const kind of ["started", "clock", "finished", "cancelled", "rescheduled"])
      on(kind, (d) => {
        setClockKey(String(d.id));
        void reload();
      });
    on("closed", () => {
      setClosed("You no longer have access to this live mock: the mentorship has ended.");
      es.close();
    });
    return () => es.close();
  }, [id, initial.lastEventId, reload]);

  if (closed) return <Alert tone="error">{closed}</Alert>;

  const other = role === "candidate" ? room.live.mentor.name : room.live.candidate.name;
  return (
    <div className="space-y-5">
      <section aria-label="Who is here" className="flex flex-wrap items-center gap-3 text-sm">
        <Badge tone={room.live.status === "live" ? "green" : "indigo"}>{room.live.status}</Badge>
        <span>{scheduledLabel}</span>
        <span data-testid="presence">
          {presence.candidate ? "Candidate here" : "Candidate away"} · {presence.mentor ? "Interviewer here" : "Interviewer away"}
        </span>
        <span>{role === "candidate" ? `Your interviewer: ${other}` : `Candidate: ${other}`}</span>
        {role === "mentor" && (
          <span role="status" data-testid="candidate-page" className={page?.state === "left" ? "font-medium text-amber-700 dark:text-amber-300" : undefined}>
            {page ? (page.state === "left" ? "The candidate left the page: the clock is paused." : "The candidate came back.") : ""}
          </span>
        )}
      </section>
      {error && <Alert tone="error">{error}</Alert>}
      {room.live.status === "scheduled" && (
        <Alert tone="info">
          {role === "mentor" ? "Start when you are both here: the mock's clock starts then." : "Your interviewer starts the mock; the questions appear here."}
        </Alert>
      )}
      {room.live.status === "scheduled" && role === "mentor" && (
        <Button
          onClick={() =>
            void api<RoomState>(`/api/live/${id}/start`, { method: "POST", body: {} }).then((res) => (res.ok ? setRoom(res.data) : setError(res.error.message)))
          }
        >
          Start the live mock
        </Button>
      )}
      {room.live.status === "cancelled" && <Alert tone="info">This live mock was cancelled.</Alert>}
      {room.live.status === "finished" && (
        <Alert tone="info">
          The live mock is finished. <a href={`/live/${id}/report`} className="underline">Read the report</a>.
        </Alert>
      )}
      {room.live.status === "live" && room.mock && role === "candidate" && (
        <div className="grid gap-5 lg:grid-cols-[1fr_18rem]">
          <MockRunner initial={room.mock} live={{ refreshKey: clockKey }} />
          <CandidateMessages messages={messages} />
        </div>
      )}
      {room.live.status === "live" && room.mock && role === "mentor" && (
        <Interviewer room={room} answers={answers} messages={messages} onState={() => void reload()} onError={setError} />
      )}
    </div>
  );
}

function CandidateMessages({ messages }: { messages: Message[] }) {
  return (
    <aside aria-labelledby="from-interviewer" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="from-interviewer" className="font-semibold">
        From your interviewer
      </h2>
      <ul aria-live="polite" className="mt-2 space-y-2 text-sm" data-testid="interviewer-messages">
        {messages.length === 0 && <li className="text-slate-500 dark:text-slate-400">Hints and follow-up questions appear here.</li>}
        {messages.map((m) => (
          <li key={m.id}>
            <span className="font-medium">{m.kind === "hint" ? "Hint" : "Follow-up"}:</span> {m.text}
          </li>
        ))}
      </ul>
    </aside>
  );
}

function Interviewer({
  room,
  answers,
  messages,
  onState,
  onError,
}: {
  room: RoomState;
  answers: Record<number, { answer: Answer; version: number }>;
  messages: Message[];
  onState: () => void;
  onError: (m: string | null) => void;
}) {
  const mock = room.mock!;
  const slot = mock.position.slot;
  const q = mock.questions.find((x) => x.slot === slot) ?? null;
  const secret = room.interviewer?.find((x) => x.slot === slot) ?? null;
  const stage = mock.stages[mock.position.stage];
  const live = slot === null ? undefined : answers[slot];
  const shown = live && q && live.version >= q.version ? live.answer : (q?.answer as Answer | undefined);
  const [text, setText] = useState("");
  const [kind, setKind] = useState<"hint" | "follow-up">("follow-up");
  const [busy, setBusy] = useState(false);

  async function control(body: Record<string, unknown>) {
    setBusy(true);
    onError(null);
    const res = await api(`/api/live/${room.live.id}/control`, { method: "POST", body });
    setBusy(false);
    if (!res.ok) onError(res.error.message);
    onState();
  }
  async function send() {
    const res = await api(`/api/live/${room.live.id}/events`, { method: "POST", body: { kind, text } });
    if (res.ok) setText("");
    else onError(res.error.message);
  }
  const nextInBlock = stage?.kind === "block" && slot !== null && slot + 1 < stage.firstSlot + stage.count ? slot + 1 : null;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap gap-2">
        {mock.clock.running ? (
          <Button variant="secondary" disabled={busy} onClick={() => void control({ action: "pause" })}>
            Pause
          </Button>
        ) : (
          <Button variant="secondary" disabled={busy} onClick={() => void control({ action: "resume" })}>
            Resume
          </Button>
        )}
        {nextInBlock !== null && (
          <Button disabled={busy} onClick={() => void control({ action: "move", slot: nextInBlock })}>
            Next question
          </Button>
        )}
        <Button variant="secondary" disabled={busy} onClick={() => void control({ action: "advance", from: mock.position.stage })}>
          {stage?.kind === "break" ? "Skip the break" : "End this block"}
        </Button>
        <Button variant="danger" disabled={busy} onClick={() => void control({ action: "finish" })}>
          Finish the mock
        </Button>
      </div>
      {!mock.clock.running && <Alert tone="info">The clock is paused.</Alert>}
      {stage?.kind === "break" && <Alert tone="info">Break between sessions.</Alert>}
      {q && secret && (
        <div className="grid gap-5 lg:grid-cols-2">
          <section aria-labelledby="iv-question" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <p className="text-sm text-slate-600 dark:text-slate-400">Question {q.slot + 1}</p>
            <h2 id="iv-question" className="text-lg font-semibold">
              {q.title}
            </h2>
            <Markdown>{q.prompt}</Markdown>
            <h3 className="font-semibold">Key evaluation points</h3>
            <ul className="list-disc pl-5 text-sm">
              {secret.keyPoints.map((k) => (
                <li key={k}>{k}</li>
              ))}
            </ul>
            <details>
              <summary className="cursor-pointer font-semibold">Model answer and discussion points</summary>
              <div className="mt-2 text-sm" data-testid="model-answer">
                <Markdown>{secret.modelAnswer}</Markdown>
                <ul className="mt-2 list-disc pl-5">
                  {secret.discussionPoints.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              </div>
            </details>
          </section>
          <section aria-labelledby="iv-answer" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h2 id="iv-answer" className="text-lg font-semibold">
              The candidate&apos;s answer, as saved
            </h2>
            <pre data-testid="live-answer" className="min-h-24 whitespace-pre-wrap rounded bg-slate-50 p-3 text-sm dark:bg-slate-900">
              {answerText(shown) || "Nothing written yet."}
            </pre>
          </section>
        </div>
      )}
      <section aria-labelledby="iv-send" className="space-y-2">
        <h2 id="iv-send" className="font-semibold">
          Ask or nudge
        </h2>
        <div className="grid gap-3 sm:grid-cols-[10rem_1fr_auto] sm:items-end">
          <SelectField label="Kind" value={kind} onChange={(e) => setKind(e.target.value as "hint" | "follow-up")}>
            <option value="follow-up">Follow-up question</option>
            <option value="hint">Hint</option>
          </SelectField>
          <TextField label="Message to the candidate" value={text} onChange={(e) => setText(e.target.value)} />
          <Button disabled={!text.trim()} onClick={() => void send()}>
            Send
          </Button>
        </div>
        {messages.length > 0 && (
          <ul className="text-sm text-slate-600 dark:text-slate-400">
            {messages.map((m) => (
              <li key={m.id}>
                {m.kind === "hint" ? "Hint" : "Follow-up"} (question {(m.slot ?? 0) + 1}): {m.text}
              </li>
            ))}
          </ul>
        )}
      </section>
      {slot !== null && <Assess key={slot} liveId={room.live.id} slot={slot} initial={room.assessments?.find((a) => a.slot === slot) ?? null} onError={onError} />}
    </div>
  );
}

function Assess({
  liveId,
  slot,
  initial,
  onError,
}: {
  liveId: string;
  slot: number;
  initial: RoomState["assessments"] extends (infer A)[] | null ? A | null : never;
  onError: (m: string | null) => void;
}) {
  const [scores, setScores] = useState<Record<string, string>>(() =>
    Object.fromEntries(EVALUATION_POINTS.map((p) => [p.field, initial?.scores ? String(initial.scores[p.field] ?? "") : ""])),
  );
  const [note, setNote] = useState(initial?.note ?? "");
  const [shared, setShared] = useState(initial?.shared ?? false);
  const [saved, setSaved] = useState(false);
  const complete = EVALUATION_POINTS.every((p) => scores[p.field] !== "");
  async function save() {
    setSaved(false);
    const body: Record<string, unknown> = { note, shareNote: shared };
    if (complete) body.scores = Object.fromEntries(EVALUATION_POINTS.map((p) => [p.field, Number(scores[p.field])]));
    const res = await api(`/api/live/${liveId}/questions/${slot}`, { method: "PUT", body });
    if (res.ok) setSaved(true);
    else onError(res.error.message);
  }
  return (
    <section aria-labelledby="iv-assess" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="iv-assess" className="font-semibold">
        Score question {slot + 1} (0-10)
      </h2>
      <div className="grid gap-3 sm:grid-cols-4">
        {EVALUATION_POINTS.map((p) => (
          <TextField
            key={p.field}
            label={p.label}
            type="number"
            min={0}
            max={10}
            value={scores[p.field]}
            onChange={(e) => setScores((s) => ({ ...s, [p.field]: e.target.value }))}
          />
        ))}
      </div>
      <TextAreaField label="Private note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} /> Share this note in the candidate&apos;s report
      </label>
      <div className="flex items-center gap-3">
        <Button onClick={() => void save()}>Save score and note</Button>
        {saved && <span className="text-sm text-green-700 dark:text-green-300">Saved</span>}
      </div>
    </section>
  );
}
