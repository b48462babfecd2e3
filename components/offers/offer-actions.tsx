"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { api } from "@/lib/client/api";

export function OfferActions({ id, company, archived }: { id: string; company: string; archived: boolean }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
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
    setBusy(true);
    const res = await api(`/api/offers/${id}`, { method: "DELETE" });
    setBusy(false);
    if (res.ok) {
      router.push("/offers");
      router.refresh();
    } else setError(res.error.message);
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Link href={`/offers/${id}/edit`} className={buttonClass("secondary")}>
          Edit
        </Link>
        <Button variant="secondary" onClick={duplicate} disabled={busy}>
          Duplicate
        </Button>
        <Button variant="secondary" onClick={() => void setArchived(!archived)} disabled={busy}>
          {archived ? "Unarchive" : "Archive"}
        </Button>
        {!confirming && (
          <Button variant="danger" onClick={() => setConfirming(true)} disabled={busy}>
            Delete
          </Button>
        )}
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby="delete-offer-title" className="rounded-md border border-red-300 p-3 dark:border-red-800">
          <p id="delete-offer-title" className="mb-2 text-sm">
            Delete the offer from {company} with its scores, checklist and research answers? This cannot be undone.
          </p>
          <div className="flex gap-2">
            <Button variant="danger" onClick={remove} disabled={busy}>
              Yes, delete it
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </div>
        </div>
      )}
      {error && <Alert tone="error">{error}</Alert>}
      <p role="status" className="text-sm">
        {done}
      </p>
    </div>
  );
}
