"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/client/api";

/**
 * Starts (or continues) an attempt of a question and opens it. One instance can serve a whole list
 * (the due list): `busy` and `error` name the question they belong to.
 */
export function useStartPractice() {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ questionId: string; message: string } | null>(null);
  async function start(questionId: string) {
    setBusy(questionId);
    setError(null);
    const res = await api<{ attempt: { id: string } }>("/api/practice/attempts", {
      method: "POST",
      body: { questionId },
    });
    if (!res.ok) {
      setBusy(null);
      return setError({ questionId, message: res.error.message });
    }
    router.push(`/practice/attempts/${res.data.attempt.id}`);
  }
  return { busy, error, start };
}
