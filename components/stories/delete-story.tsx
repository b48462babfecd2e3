"use client";

import { useRouter } from "next/navigation";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { api } from "@/lib/client/api";

export function DeleteStoryButton({ storyId }: { storyId: string }) {
  const router = useRouter();
  return (
    <ConfirmDelete
      trigger="Delete story"
      question="Delete this story and the record of where you used it?"
      onConfirm={async () => {
        const res = await api(`/api/stories/${storyId}`, { method: "DELETE" });
        if (!res.ok) return res.error.message;
        router.push("/stories");
        router.refresh();
      }}
    />
  );
}
