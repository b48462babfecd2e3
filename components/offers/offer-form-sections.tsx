"use client";
// The offer form's parts: each section registers its fields on the one form (see offer-form.tsx).
import { type ReactNode } from "react";
import { type UseFormReturn } from "react-hook-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { REGIONS, TARGET_LEVELS } from "@/lib/options/career";
import { BENEFIT_ITEMS } from "@/lib/offers/benefits";
import { CURRENCIES } from "@/lib/offers/data/currencies";
import { CUSTOM_VESTING, VESTING_PRESETS } from "@/lib/offers/data/vesting";
import type { OfferBody, OfferFormValues } from "@/lib/offers/offer-form-values";
import { EQUITY_TYPES, REMOTE_POLICIES } from "@/lib/offers/schema";

export type OfferFormApi = UseFormReturn<OfferFormValues, unknown, OfferBody>;

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
  const { errors } = form.formState;
  return (
    <Fieldset legend="The role">
      <TextField label="Company" required error={errors.company?.message} {...form.register("company")} />
      <TextField label="Role" required placeholder="e.g. Senior ML Engineer" error={errors.role?.message} {...form.register("role")} />
      <SelectField label="Level" error={errors.level?.message} {...form.register("level")}>
        {TARGET_LEVELS.map((l) => (
          <option key={l.value} value={l.value}>
            {l.label}
          </option>
        ))}
      </SelectField>
      <SelectField label="Market region" hint="Used to pick the market band." error={errors.region?.message} {...form.register("region")}>
        {REGIONS.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </SelectField>
      <TextField label="Location" placeholder="e.g. Berlin" error={errors.location?.message} {...form.register("location")} />
      <SelectField label="Remote policy" error={errors.remotePolicy?.message} {...form.register("remotePolicy")}>
        {REMOTE_POLICIES.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </SelectField>
    </Fieldset>
  );
}

export function CashSection({ form, currency }: { form: OfferFormApi; currency: string }) {
  const { errors } = form.formState;
  const moneyHint = `In ${currency}, e.g. 185,000`;
  return (
    <Fieldset legend="Cash">
      <SelectField label="Currency" error={errors.currency?.message} {...form.register("currency")}>
        {CURRENCIES.map((c) => (
          <option key={c.code} value={c.code}>
            {c.code} — {c.name}
          </option>
        ))}
      </SelectField>
      <TextField label="Base salary (per year)" inputMode="decimal" required hint={moneyHint} error={errors.baseSalary?.message} {...form.register("baseSalary")} />
      <TextField
        label="Target bonus (% of base)"
        type="number"
        step="0.01"
        min={0}
        max={100}
        error={errors.targetBonusPercent?.message}
        {...form.register("targetBonusPercent")}
      />
      <TextField label="Signing bonus" inputMode="decimal" hint={moneyHint} error={errors.signingBonus?.message} {...form.register("signingBonus")} />
      <TextField
        label="Signing bonus paid in month"
        type="number"
        min={1}
        max={48}
        hint="1 = with the first pay; 13 = in year 2."
        error={errors.signingBonusMonth?.message}
        {...form.register("signingBonusMonth")}
      />
    </Fieldset>
  );
}

export function EquitySection({ form, currency, equityType, preset }: { form: OfferFormApi; currency: string; equityType: string; preset: string }) {
  const { errors } = form.formState;
  const eq = errors.equity;
  const custom = errors.vesting?.customPercents;
  const customMessage = groupMessage(custom);
  return (
    <Fieldset legend="Equity and vesting">
      <SelectField label="Equity type" error={eq?.type?.message ?? groupMessage(eq)} {...form.register("equity.type")}>
        {EQUITY_TYPES.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </SelectField>
      {equityType === "RSU_VALUE" && (
        <TextField
          label="RSU grant value (total)"
          inputMode="decimal"
          hint={`In ${currency}, e.g. 185,000`}
          error={eq?.grantValue?.message}
          {...form.register("equity.grantValue")}
        />
      )}
      {(equityType === "RSU_SHARES" || equityType === "OPTIONS") && (
        <TextField
          label={equityType === "OPTIONS" ? "Number of options" : "Number of shares"}
          type="number"
          min={0}
          step={1}
          error={eq?.shares?.message}
          {...form.register("equity.shares")}
        />
      )}
      {equityType === "RSU_SHARES" && (
        <TextField label="Share price" inputMode="decimal" hint={`In ${currency}, e.g. 150.25`} error={eq?.sharePrice?.message} {...form.register("equity.sharePrice")} />
      )}
      {equityType === "OPTIONS" && (
        <>
          <TextField label="Strike price" inputMode="decimal" hint={`Per share, in ${currency}`} error={eq?.strikePrice?.message} {...form.register("equity.strikePrice")} />
          <TextField
            label="Current fair market value"
            inputMode="decimal"
            hint="Per share. Options are valued at (FMV − strike) × vested options, never below zero."
            error={eq?.fairMarketValue?.message}
            {...form.register("equity.fairMarketValue")}
          />
        </>
      )}
      <SelectField label="Vesting schedule" error={errors.vesting?.preset?.message ?? groupMessage(errors.vesting)} {...form.register("vesting.preset")}>
        {[...VESTING_PRESETS, CUSTOM_VESTING].map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Annual refresher grant (assumed)"
        inputMode="decimal"
        hint="Value granted each year from year 2, vesting on the same schedule."
        error={errors.annualRefresher?.message}
        {...form.register("annualRefresher")}
      />
      {preset === "CUSTOM" && (
        <fieldset className="sm:col-span-2" aria-describedby={customMessage ? "custom-vesting-error" : undefined}>
          <legend className="mb-1 text-sm font-medium">Custom vesting: % of the grant in each year (must total 100)</legend>
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {([0, 1, 2, 3] as const).map((i) => (
              <TextField
                key={i}
                label={`Year ${i + 1} %`}
                type="number"
                step="0.01"
                min={0}
                max={100}
                error={custom?.[i]?.message}
                {...form.register(`vesting.customPercents.${i}`)}
              />
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
  const { errors } = form.formState;
  return (
    <Fieldset legend="Benefits">
      <TextField
        label="Benefits value (per year)"
        inputMode="decimal"
        hint="What the benefits are worth to you a year; it counts in the 4-year total."
        error={errors.benefitsValue?.message}
        {...form.register("benefitsValue")}
      />
      <TextField
        label="Retirement match (% of base)"
        type="number"
        step="0.01"
        min={0}
        max={100}
        error={errors.retirementMatchPercent?.message}
        {...form.register("retirementMatchPercent")}
      />
      <fieldset className="sm:col-span-2">
        <legend className="mb-1 text-sm font-medium">The guide&apos;s benefits checklist: what this offer includes</legend>
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {BENEFIT_ITEMS.map((item) => {
            const e = errors.benefits?.[item.key];
            return (
              <li key={item.key} className="grid gap-3 p-3 sm:grid-cols-[12rem_1fr_1fr] sm:items-start">
                <label className="flex items-start gap-2 text-sm font-medium">
                  <input type="checkbox" className="mt-0.5 h-4 w-4" {...form.register(`benefits.${item.key}.included`)} />
                  <span>
                    {item.label}
                    <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">{item.hint}</span>
                  </span>
                </label>
                {item.amount ? (
                  <TextField
                    label={`${item.label} per year (${currency})`}
                    inputMode="decimal"
                    error={e?.amountPerYear?.message}
                    {...form.register(`benefits.${item.key}.amountPerYear`)}
                  />
                ) : (
                  <span aria-hidden className="hidden sm:block" />
                )}
                <TextField
                  label={`${item.label}: note`}
                  error={e?.note?.message}
                  {...form.register(`benefits.${item.key}.note`)}
                />
              </li>
            );
          })}
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
      error={form.formState.errors.notes?.message}
      {...form.register("notes")}
    />
  );
}
