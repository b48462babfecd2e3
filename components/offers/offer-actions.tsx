"use client";

import { AppLink } from "@/components/ui/app-link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { api } from "@/lib/client/api";

export function OfferActions({ id, company, archived }: { id: string; company: string; archived: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function duplicate() {
    setBusy(true);
    const res = await api<{ offer: { id: string } }>(`/api/offers/${id}/duplicate`, { method: "POST" });
    setBusy(false);
    if (res.ok) router.push(`/offers/${res.data.offer.id}`);
    else setError(res.error.message);
  }

  /** Archives the offer (out of the default comparison) or brings it back. */
  async function setArchived(next: boolean) {
    setBusy(true);
    setError(null);
    setDone(null);
    const res = await api(`/api/offers/${id}/archive`, { method: "PUT", body: { archived: next } });
    setBusy(false);
    if (!res.ok) {
      setError(res.error.message);
      return;
    }
    setDone(next ? "Offer archived. It stays out of the comparison unless you choose it there." : "Offer restored. It is back in the comparison.");
    router.refresh();
  }

  async function remove() {
    const res = await api(`/api/offers/${id}`, { method: "DELETE" });
    if (!res.ok) return res.error.message;
    router.push("/offers");
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <AppLink href={`/offers/${id}/edit`} className={buttonClass("secondary")}>
          Edit
        </AppLink>
        <Button variant="secondary" onClick={duplicate} disabled={busy}>
          Duplicate
        </Button>
        <Button variant="secondary" onClick={() => void setArchived(!archived)} disabled={busy}>
          {archived ? "Unarchive" : "Archive"}
        </Button>
        <ConfirmDelete
          trigger="Delete"
          triggerVariant="danger"
          question={`Delete the offer from ${company} with its scores, checklist and research answers? This cannot be undone.`}
          confirm="Yes, delete it"
          cancel="Keep it"
          onConfirm={remove}
        />
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <p role="status" className="text-sm">
        {done}
      </p>
    </div>
  );
}
