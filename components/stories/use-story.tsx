"use client";
// "Use a story" inside a behavioural (STAR) answer: pick one of your stories, and its
// Situation/Task/Action/Result go into the answer's fields (after anything already written)
// for you to adapt to the question. The answer then saves through the editor's own autosave;
// the use is recorded so the story page can list the answer and its scores.
import { AppLink } from "@/components/ui/app-link";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { api } from "@/lib/client/api";
import { type Answer, type AnswerFormat, type StarAnswer } from "@/lib/practice/answer";
import { insertOutline } from "@/lib/stories/outline";

type Story = { id: string; title: string; situation: string; task: string; action: string; result: string };

type Props = {
  attemptId: string;
  format: AnswerFormat;
  value: Answer;
  onInsert: (next: Answer) => void;
  disabled?: boolean;
};

export function UseStory({ attemptId, format, value, onInsert, disabled = false }: Props) {
  const id = useId();
  const [stories, setStories] = useState<Story[] | null>(null);
  const [chosen, setChosen] = useState("");
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ tone: "error" | "status"; text: string } | null>(null);
  if (format !== "STAR") return null;

  async function open() {
    setBusy(true);
    const res = await api<{ stories: Story[] }>("/api/stories");
    setBusy(false);
    if (!res.ok) return setNote({ tone: "error", text: res.error.message });
    setStories(res.data.stories);
    setChosen(res.data.stories[0]?.id ?? "");
  }

  async function insert() {
    const story = stories?.find((s) => s.id === chosen);
    if (!story) return;
    setBusy(true);
    const res = await api(`/api/stories/${story.id}/uses`, { method: "POST", body: { attemptId } });
    setBusy(false);
    if (!res.ok) return setNote({ tone: "error", text: res.error.message });
    onInsert(insertOutline(value as StarAnswer, story));
    setNote({ tone: "status", text: `Inserted “${story.title}”: adapt it to this question.` });
  }

  return (
    <div className="rounded-md border border-dashed border-slate-300 p-3 dark:border-slate-700">
      {stories === null ? (
        <Button variant="secondary" onClick={() => void open()} disabled={busy || disabled}>
          Use a story
        </Button>
      ) : stories.length === 0 ? (
        <p className="text-sm">
          You have no stories yet.{" "}
          <AppLink href="/stories/new" className="text-indigo-700 underline dark:text-indigo-300">
            Write one in your story bank
          </AppLink>
          .
        </p>
      ) : (
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor={id} className="mb-1 block text-sm font-medium">
              Story to use
            </label>
            <select id={id} className={inputClass} value={chosen} onChange={(e) => setChosen(e.target.value)}>
              {stories.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </div>
          <Button variant="secondary" onClick={() => void insert()} disabled={busy || disabled || !chosen}>
            Insert STAR outline
          </Button>
        </div>
      )}
      {note && (
        <p role={note.tone === "error" ? "alert" : "status"} className={note.tone === "error" ? "mt-2 text-sm text-red-700 dark:text-red-300" : "mt-2 text-sm text-slate-600 dark:text-slate-400"}>
          {note.text}
        </p>
      )}
    </div>
  );
}
