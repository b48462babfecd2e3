"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import { type InvitationView } from "@/lib/mentors/invitations";
import { SCOPES } from "@/lib/mentors/scopes";
import { when } from "./format";

const TONE: Record<string, BadgeTone> = {
  pending: "indigo",
  accepted: "green",
  revoked: "slate",
  expired: "amber",
};

export function InvitationList({ invitations }: { invitations: InvitationView[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  if (invitations.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">No invitations yet.</p>;
  async function revoke(id: string) {
    setError(null);
    const res = await api(`/api/mentors/invitations/${id}`, { method: "DELETE" });
    if (!res.ok) setError(res.error.message);
    router.refresh();
  }
  return (
    <div className="space-y-2">
      {error && <Alert tone="error">{error}</Alert>}
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {invitations.map((inv) => (
          <li key={inv.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
            <div>
              <span className="mr-2">
                <Badge tone={TONE[inv.status]}>{inv.status}</Badge>
              </span>
              {inv.label && <span className="font-medium">{inv.label} · </span>}
              <span className="text-slate-600 dark:text-slate-400">
                {inv.status === "accepted"
                  ? `accepted by ${inv.acceptedBy ?? "a deleted account"}`
                  : inv.status === "pending"
                    ? `expires ${when(inv.expiresAt)}`
                    : inv.status === "expired"
                      ? `expired ${when(inv.expiresAt)}`
                      : "revoked"}
                {" · shares "}
                {SCOPES.filter((s) => inv.scopes[s.key])
                  .map((s) => s.label.toLowerCase())
                  .join(", ") || "nothing yet"}
              </span>
            </div>
            {inv.status === "pending" && (
              <Button
                variant="secondary"
                className="px-3 py-1"
                onClick={() => void revoke(inv.id)}
                aria-label={`Revoke invitation${inv.label ? ` “${inv.label}”` : ""} created ${when(inv.createdAt)}`}
              >
                Revoke
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
