"use client";
import { Button } from "@/components/ui/button";
import { useStartPractice } from "./use-start-practice";

/** Starts (or continues) an attempt of the question and opens it. */
export function StartPracticeButton({ questionId, label = "Practise this question", variant = "primary" as const }: { questionId: string; label?: string; variant?: "primary" | "secondary" }) {
  const { busy, error, start } = useStartPractice();
  return (
    <span className="inline-flex flex-col">
      <Button variant={variant} onClick={() => void start(questionId)} disabled={busy !== null}>
        {busy ? "Starting…" : label}
      </Button>
      {error && (
        <span role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
          {error.message}
        </span>
      )}
    </span>
  );
}
