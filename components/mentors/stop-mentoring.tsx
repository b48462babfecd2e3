"use client";
// The mentor's side of ending a mentorship.
import { useRouter } from "next/navigation";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { api } from "@/lib/client/api";

export function StopMentoring({ mentorshipId, menteeName }: { mentorshipId: string; menteeName: string }) {
  const router = useRouter();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ConfirmDelete
        trigger={`Stop mentoring ${menteeName}`}
        triggerVariant="secondary"
        groupLabel="Confirm stopping"
        question={`You will no longer see anything of ${menteeName}'s. Stop?`}
        confirm="Yes, stop mentoring"
        onConfirm={async () => {
          const res = await api(`/api/mentorships/${mentorshipId}`, { method: "DELETE" });
          if (!res.ok) return res.error.message;
          router.replace("/mentoring");
        }}
      />
    </div>
  );
}
