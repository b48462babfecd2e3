"use client";
// The offer form's parts: each section registers its fields on the one form (see offer-form.tsx).
import { type ReactNode } from "react";
import { type UseFormReturn } from "react-hook-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldBinder } from "@/lib/client/form-fields";
import { REGIONS, TARGET_LEVELS } from "@/lib/options/career";
import { BENEFIT_ITEMS } from "@/lib/offers/benefits";
import { CURRENCIES } from "@/lib/offers/data/currencies";
import { CUSTOM_VESTING, VESTING_PRESETS } from "@/lib/offers/data/vesting";
import type { OfferBody, OfferFormValues } from "@/lib/offers/offer-form-values";
import { EQUITY_TYPES, REMOTE_POLICIES } from "@/lib/offers/schema";

type OfferFormApi = UseFormReturn<OfferFormValues, unknown, OfferBody>;

const CURRENCY_OPTIONS = CURRENCIES.map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }));
const VESTING_OPTIONS = [...VESTING_PRESETS, CUSTOM_VESTING];

function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/** An error set on a group (e.g. `equity` by the server) rather than on one of its fields. */
function groupMessage(error: unknown): string | undefined {
  const e = error as { message?: unknown; root?: { message?: unknown } } | undefined;
  const m = e?.message ?? e?.root?.message;
  return typeof m === "string" ? m : undefined;
}

export function RoleSection({ form }: { form: OfferFormApi }) {
  const field = fieldBinder(form);
  return (
    <Fieldset legend="The role">
      <TextField label="Company" required {...field("company")} />
      <TextField label="Role" required placeholder="e.g. Senior ML Engineer" {...field("role")} />
      <SelectField label="Level" options={TARGET_LEVELS} {...field("level")} />
      <SelectField label="Market region" hint="Used to pick the market band." options={REGIONS} {...field("region")} />
      <TextField label="Location" placeholder="e.g. Berlin" {...field("location")} />
      <SelectField label="Remote policy" options={REMOTE_POLICIES} {...field("remotePolicy")} />
    </Fieldset>
  );
}

export function CashSection({ form, currency }: { form: OfferFormApi; currency: string }) {
  const field = fieldBinder(form);
  const moneyHint = `In ${currency}, e.g. 185,000`;
  return (
    <Fieldset legend="Cash">
      <SelectField label="Currency" options={CURRENCY_OPTIONS} {...field("currency")} />
      <TextField label="Base salary (per year)" inputMode="decimal" required hint={moneyHint} {...field("baseSalary")} />
      <TextField label="Target bonus (% of base)" type="number" step="0.01" min={0} max={100} {...field("targetBonusPercent")} />
      <TextField label="Signing bonus" inputMode="decimal" hint={moneyHint} {...field("signingBonus")} />
      <TextField
        label="Signing bonus paid in month"
        type="number"
        min={1}
        max={48}
        hint="1 = with the first pay; 13 = in year 2."
        {...field("signingBonusMonth")}
      />
    </Fieldset>
  );
}

export function EquitySection({ form, currency, equityType, preset }: { form: OfferFormApi; currency: string; equityType: string; preset: string }) {
  const field = fieldBinder(form);
  const { errors } = form.formState;
  const customMessage = groupMessage(errors.vesting?.customPercents);
  return (
    <Fieldset legend="Equity and vesting">
      <SelectField label="Equity type" options={EQUITY_TYPES} {...field("equity.type")} error={errors.equity?.type?.message ?? groupMessage(errors.equity)} />
      {equityType === "RSU_VALUE" && (
        <TextField label="RSU grant value (total)" inputMode="decimal" hint={`In ${currency}, e.g. 185,000`} {...field("equity.grantValue")} />
      )}
      {(equityType === "RSU_SHARES" || equityType === "OPTIONS") && (
        <TextField
          label={equityType === "OPTIONS" ? "Number of options" : "Number of shares"}
          type="number"
          min={0}
          step={1}
          {...field("equity.shares")}
        />
      )}
      {equityType === "RSU_SHARES" && (
        <TextField label="Share price" inputMode="decimal" hint={`In ${currency}, e.g. 150.25`} {...field("equity.sharePrice")} />
      )}
      {equityType === "OPTIONS" && (
        <>
          <TextField label="Strike price" inputMode="decimal" hint={`Per share, in ${currency}`} {...field("equity.strikePrice")} />
          <TextField
            label="Current fair market value"
            inputMode="decimal"
            hint="Per share. Options are valued at (FMV − strike) × vested options, never below zero."
            {...field("equity.fairMarketValue")}
          />
        </>
      )}
      <SelectField
        label="Vesting schedule"
        options={VESTING_OPTIONS}
        {...field("vesting.preset")}
        error={errors.vesting?.preset?.message ?? groupMessage(errors.vesting)}
      />
      <TextField
        label="Annual refresher grant (assumed)"
        inputMode="decimal"
        hint="Value granted each year from year 2, vesting on the same schedule."
        {...field("annualRefresher")}
      />
      {preset === "CUSTOM" && (
        <fieldset className="sm:col-span-2" aria-describedby={customMessage ? "custom-vesting-error" : undefined}>
          <legend className="mb-1 text-sm font-medium">Custom vesting: % of the grant in each year (must total 100)</legend>
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {([0, 1, 2, 3] as const).map((i) => (
              <TextField key={i} label={`Year ${i + 1} %`} type="number" step="0.01" min={0} max={100} {...field(`vesting.customPercents.${i}`)} />
            ))}
          </div>
          {customMessage && (
            <p id="custom-vesting-error" className="mt-1 text-sm text-red-600 dark:text-red-400">
              {customMessage}
            </p>
          )}
        </fieldset>
      )}
    </Fieldset>
  );
}

export function BenefitsSection({ form, currency }: { form: OfferFormApi; currency: string }) {
  const field = fieldBinder(form);
  return (
    <Fieldset legend="Benefits">
      <TextField
        label="Benefits value (per year)"
        inputMode="decimal"
        hint="What the benefits are worth to you a year; it counts in the 4-year total."
        {...field("benefitsValue")}
      />
      <TextField label="Retirement match (% of base)" type="number" step="0.01" min={0} max={100} {...field("retirementMatchPercent")} />
      <fieldset className="sm:col-span-2">
        <legend className="mb-1 text-sm font-medium">The guide&apos;s benefits checklist: what this offer includes</legend>
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {BENEFIT_ITEMS.map((item) => (
            <li key={item.key} className="grid gap-3 p-3 sm:grid-cols-[12rem_1fr_1fr] sm:items-start">
              <label className="flex items-start gap-2 text-sm font-medium">
                <input type="checkbox" className="mt-0.5 h-4 w-4" {...form.register(`benefits.${item.key}.included`)} />
                <span>
                  {item.label}
                  <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">{item.hint}</span>
                </span>
              </label>
              {item.amount ? (
                <TextField label={`${item.label} per year (${currency})`} inputMode="decimal" {...field(`benefits.${item.key}.amountPerYear`)} />
              ) : (
                <span aria-hidden className="hidden sm:block" />
              )}
              <TextField label={`${item.label}: note`} {...field(`benefits.${item.key}.note`)} />
            </li>
          ))}
        </ul>
      </fieldset>
    </Fieldset>
  );
}

export function NotesField({ form }: { form: OfferFormApi }) {
  return (
    <TextAreaField
      label="Notes on qualitative factors"
      rows={4}
      hint="Mentorship quality, project impact, anything the numbers miss."
      {...fieldBinder(form)("notes")}
    />
  );
}
