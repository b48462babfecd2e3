"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { TextAreaField } from "@/components/ui/field";
import { api } from "@/lib/client/api";

export function RevealAnswerButton({ questionId }: { questionId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function reveal() {
    setBusy(true);
    const res = await api(`/api/questions/${questionId}/reveal`, { method: "POST" });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    router.refresh();
  }
  return (
    <div className="space-y-2">
      {error && <Alert tone="error">{error}</Alert>}
      <Button variant="secondary" onClick={() => void reveal()} disabled={busy}>
        {busy ? "Revealing…" : "Reveal the model answer"}
      </Button>
    </div>
  );
}

export function NoteEditor({ questionId, initial, initialVersion }: { questionId: string; initial: string; initialVersion: number }) {
  const [note, setNote] = useState(initial);
  const [version, setVersion] = useState(initialVersion);
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function save() {
    setBusy(true);
    setStatus(null);
    const res = await api<{ note: string; noteVersion: number }>(`/api/questions/${questionId}/note`, {
      method: "PUT",
      body: { note, version },
    });
    setBusy(false);
    if (res.ok) {
      setVersion(res.data.noteVersion);
      setStatus({ tone: "success", text: "Note saved." });
    } else {
      setStatus({ tone: "error", text: res.error.fields.note ?? res.error.message });
    }
  }
  return (
    <div className="space-y-2">
      <TextAreaField
        label="Private note"
        id="note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        rows={4}
        maxLength={10_000}
        placeholder="What tripped you up, what to read next… Only you can see this."
      />
      <div className="flex items-center gap-3">
        <Button variant="secondary" onClick={() => void save()} disabled={busy}>
          {busy ? "Saving…" : "Save note"}
        </Button>
        {status && (
          <span role={status.tone === "error" ? "alert" : "status"} className={status.tone === "error" ? "text-sm text-red-700 dark:text-red-300" : "text-sm text-green-700 dark:text-green-300"}>
            {status.text}
          </span>
        )}
      </div>
    </div>
  );
}

export function DeleteQuestionButton({ questionId }: { questionId: string }) {
  const router = useRouter();
  return (
    <ConfirmDelete
      trigger="Delete"
      question="Delete this question for good?"
      onConfirm={async () => {
        const res = await api(`/api/questions/${questionId}`, { method: "DELETE" });
        if (!res.ok) return res.error.message;
        router.push("/questions?source=personal");
        router.refresh();
      }}
    />
  );
}
