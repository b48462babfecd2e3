"use client";
// The mentor's side of ending a mentorship.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";

export function StopMentoring({ mentorshipId, menteeName }: { mentorshipId: string; menteeName: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function stop() {
    const res = await api(`/api/mentorships/${mentorshipId}`, { method: "DELETE" });
    if (!res.ok) return setError(res.error.message);
    router.replace("/mentoring");
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      {error && <Alert tone="error">{error}</Alert>}
      {!confirming ? (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Stop mentoring {menteeName}
        </Button>
      ) : (
        <>
          <span className="text-sm">You will no longer see anything of {menteeName}&apos;s. Stop?</span>
          <Button variant="danger" onClick={() => void stop()}>
            Yes, stop mentoring
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </>
      )}
    </div>
  );
}
