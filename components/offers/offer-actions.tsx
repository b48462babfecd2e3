"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { api } from "@/lib/client/api";

export function OfferActions({ id, company }: { id: string; company: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function duplicate() {
    setBusy(true);
    const res = await api<{ offer: { id: string } }>(`/api/offers/${id}/duplicate`, { method: "POST" });
    setBusy(false);
    if (res.ok) router.push(`/offers/${res.data.offer.id}`);
    else setError(res.error.message);
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
    </div>
  );
}
