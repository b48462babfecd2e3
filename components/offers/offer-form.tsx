"use client";
// The offer form on the one form pattern (lib/client/use-api-form.ts): the typed values become
// the API body in toOfferBody (lib/offers/offer-form-values.ts), checked by the server's schema.

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { FormActions } from "@/components/ui/form-actions";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { offerErrorMessage, offerFormValues } from "@/lib/offers/offer-form-values";
import type { OfferView } from "@/lib/offers/offer-view";
import { BenefitsSection, CashSection, EquitySection, NotesField, RoleSection } from "./offer-form-sections";

type Defaults = { level: string; region: string; currency: string };

export function OfferForm({ initial, defaults }: { initial?: OfferView; defaults: Defaults }) {
  const router = useRouter();
  const { form, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/offers/offer-form-values").then((m) => m.offerFormSchema),
    defaultValues: offerFormValues(initial, defaults),
    request: (body) =>
      initial
        ? api<{ offer: OfferView }>(`/api/offers/${initial.id}`, { method: "PUT", body: { ...body, version: initial.version } })
        : api<{ offer: OfferView }>("/api/offers", { method: "POST", body }),
    onSuccess: (data) => {
      router.push(`/offers/${data.offer.id}`);
      router.refresh();
    },
    onError: offerErrorMessage,
  });
  const [currency, equityType, preset] = form.watch(["currency", "equity.type", "vesting.preset"]);

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-6" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <RoleSection form={form} />
      <CashSection form={form} currency={currency} />
      <EquitySection form={form} currency={currency} equityType={equityType} preset={preset} />
      <BenefitsSection form={form} currency={currency} />
      <NotesField form={form} />
      <FormActions busy={busy} submitLabel={initial ? "Save offer" : "Add offer"} onCancel={() => router.back()} cancelVariant="secondary" />
    </form>
  );
}
