"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";

/** Starts (or continues) an attempt of the question and opens it. */
export function StartPracticeButton({ questionId, label = "Practise this question", variant = "primary" as const }: { questionId: string; label?: string; variant?: "primary" | "secondary" }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function start() {
    setBusy(true);
    const res = await api<{ attempt: { id: string } }>("/api/practice/attempts", { method: "POST", body: { questionId } });
    if (!res.ok) {
      setBusy(false);
      return setError(res.error.message);
    }
    router.push(`/practice/attempts/${res.data.attempt.id}`);
  }
  return (
    <span className="inline-flex flex-col">
      <Button variant={variant} onClick={() => void start()} disabled={busy}>
        {busy ? "Starting…" : label}
      </Button>
      {error && (
        <span role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
          {error}
        </span>
      )}
    </span>
  );
}
