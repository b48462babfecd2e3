"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { REGIONS, TARGET_LEVELS } from "@/lib/options/career";
import { api } from "@/lib/client/api";
import { CURRENCIES } from "@/lib/offers/data/currencies";
import { CUSTOM_VESTING, VESTING_PRESETS } from "@/lib/offers/data/vesting";
import { parseMoney, toMajorString } from "@/lib/offers/money";
import type { OfferView } from "@/lib/offers/offer-view";
import { EQUITY_TYPES, REMOTE_POLICIES } from "@/lib/offers/schema";

type Defaults = { level: string; region: string; currency: string };

const MONEY_FIELDS = [
  "baseSalary",
  "signingBonus",
  "annualRefresher",
  "benefitsValue",
  "equity.grantValue",
  "equity.sharePrice",
  "equity.strikePrice",
  "equity.fairMarketValue",
] as const;

function Fieldset({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

export function OfferForm({ initial, defaults }: { initial?: OfferView; defaults: Defaults }) {
  const router = useRouter();
  const [currency, setCurrency] = useState(initial?.currency ?? defaults.currency);
  const [equityType, setEquityType] = useState<string>(initial?.equity.type ?? "RSU_VALUE");
  const [preset, setPreset] = useState(initial?.vesting.preset ?? "CLIFF_MONTHLY");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const major = (minor: number | undefined) => (minor === undefined ? "" : toMajorString(minor, initial?.currency ?? currency));
  const eq = initial?.equity;
  const eqValue = (k: "grantValue" | "shares" | "sharePrice" | "strikePrice" | "fairMarketValue") => {
    const v = eq && k in eq ? (eq as unknown as Record<string, number>)[k] : undefined;
    if (v === undefined) return "";
    return k === "shares" ? String(v) : major(v);
  };

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const str = (k: string) => String(f.get(k) ?? "").trim();
    const local: Record<string, string> = {};
    const money: Record<string, number> = {};
    for (const k of MONEY_FIELDS) {
      const raw = str(k);
      if (!f.has(k)) continue;
      if (raw === "") {
        money[k] = 0;
        continue;
      }
      const v = parseMoney(raw, currency);
      if (v === null) local[k] = "Enter an amount like 185,000 or 185000.50.";
      else money[k] = Number(v);
    }
    const num = (k: string) => (str(k) === "" ? Number.NaN : Number(str(k)));
    if (Object.keys(local).length) {
      setFields(local);
      setMessage("Some amounts could not be read: see the highlighted fields.");
      return;
    }
    const equity =
      equityType === "RSU_VALUE"
        ? { type: equityType, grantValue: money["equity.grantValue"] }
        : equityType === "RSU_SHARES"
          ? { type: equityType, shares: num("equity.shares"), sharePrice: money["equity.sharePrice"] }
          : equityType === "OPTIONS"
            ? { type: equityType, shares: num("equity.shares"), strikePrice: money["equity.strikePrice"], fairMarketValue: money["equity.fairMarketValue"] }
            : { type: "NONE" };
    const body = {
      ...(initial ? { version: initial.version } : {}),
      company: str("company"),
      role: str("role"),
      level: str("level"),
      region: str("region"),
      location: str("location"),
      remotePolicy: str("remotePolicy"),
      currency,
      baseSalary: money.baseSalary,
      targetBonusPercent: num("targetBonusPercent") || 0,
      signingBonus: money.signingBonus,
      signingBonusMonth: num("signingBonusMonth"),
      equity,
      vesting:
        preset === "CUSTOM"
          ? { preset, customPercents: [0, 1, 2, 3].map((i) => num(`vesting.customPercents.${i}`) || 0) }
          : { preset },
      annualRefresher: money.annualRefresher,
      benefitsValue: money.benefitsValue,
      retirementMatchPercent: num("retirementMatchPercent") || 0,
      notes: str("notes"),
    };
    setBusy(true);
    setMessage(null);
    setFields({});
    const res = initial
      ? await api<{ offer: OfferView }>(`/api/offers/${initial.id}`, { method: "PUT", body })
      : await api<{ offer: OfferView }>("/api/offers", { method: "POST", body });
    setBusy(false);
    if (res.ok) {
      router.push(`/offers/${res.data.offer.id}`);
      router.refresh();
    } else {
      setFields(res.error.fields);
      setMessage(
        res.error.status === 409
          ? `${res.error.message} Your changes are still in the form; copy what you need, then reload.`
          : res.error.code === "invalid_input"
            ? "Some values need fixing: see the messages under the highlighted fields."
            : res.error.message,
      );
    }
  }

  const customBp = initial?.vesting.customPercents ?? [25, 25, 25, 25];
  const moneyHint = `In ${currency}, e.g. 185,000`;

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      {message && <Alert tone="error">{message}</Alert>}
      <Fieldset legend="The role">
        <TextField label="Company" name="company" defaultValue={initial?.company} required error={fields.company} />
        <TextField label="Role" name="role" defaultValue={initial?.role} required error={fields.role} placeholder="e.g. Senior ML Engineer" />
        <SelectField label="Level" name="level" defaultValue={initial?.level ?? defaults.level} error={fields.level}>
          {TARGET_LEVELS.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Market region" name="region" defaultValue={initial?.region ?? defaults.region} error={fields.region} hint="Used to pick the market band.">
          {REGIONS.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </SelectField>
        <TextField label="Location" name="location" defaultValue={initial?.location} error={fields.location} placeholder="e.g. Berlin" />
        <SelectField label="Remote policy" name="remotePolicy" defaultValue={initial?.remotePolicy ?? "HYBRID"} error={fields.remotePolicy}>
          {REMOTE_POLICIES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </SelectField>
      </Fieldset>

      <Fieldset legend="Cash">
        <SelectField label="Currency" name="currency" value={currency} onChange={(e) => setCurrency(e.target.value)} error={fields.currency}>
          {CURRENCIES.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} — {c.name}
            </option>
          ))}
        </SelectField>
        <TextField label="Base salary (per year)" name="baseSalary" inputMode="decimal" defaultValue={major(initial?.baseSalary)} required error={fields.baseSalary} hint={moneyHint} />
        <TextField label="Target bonus (% of base)" name="targetBonusPercent" type="number" step="0.01" min={0} max={100} defaultValue={initial?.targetBonusPercent ?? 0} error={fields.targetBonusPercent} />
        <TextField label="Signing bonus" name="signingBonus" inputMode="decimal" defaultValue={major(initial?.signingBonus) || "0"} error={fields.signingBonus} hint={moneyHint} />
        <TextField
          label="Signing bonus paid in month"
          name="signingBonusMonth"
          type="number"
          min={1}
          max={48}
          defaultValue={initial?.signingBonusMonth ?? 1}
          error={fields.signingBonusMonth}
          hint="1 = with the first pay; 13 = in year 2."
        />
      </Fieldset>

      <Fieldset legend="Equity and vesting">
        <SelectField label="Equity type" name="equity.type" value={equityType} onChange={(e) => setEquityType(e.target.value)} error={fields.equity ?? fields["equity.type"]}>
          {EQUITY_TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </SelectField>
        {equityType === "RSU_VALUE" && (
          <TextField label="RSU grant value (total)" name="equity.grantValue" inputMode="decimal" defaultValue={eqValue("grantValue")} error={fields["equity.grantValue"]} hint={moneyHint} />
        )}
        {(equityType === "RSU_SHARES" || equityType === "OPTIONS") && (
          <TextField
            label={equityType === "OPTIONS" ? "Number of options" : "Number of shares"}
            name="equity.shares"
            type="number"
            min={0}
            step={1}
            defaultValue={eqValue("shares")}
            error={fields["equity.shares"]}
          />
        )}
        {equityType === "RSU_SHARES" && (
          <TextField label="Share price" name="equity.sharePrice" inputMode="decimal" defaultValue={eqValue("sharePrice")} error={fields["equity.sharePrice"]} hint={`In ${currency}, e.g. 150.25`} />
        )}
        {equityType === "OPTIONS" && (
          <>
            <TextField label="Strike price" name="equity.strikePrice" inputMode="decimal" defaultValue={eqValue("strikePrice")} error={fields["equity.strikePrice"]} hint={`Per share, in ${currency}`} />
            <TextField
              label="Current fair market value"
              name="equity.fairMarketValue"
              inputMode="decimal"
              defaultValue={eqValue("fairMarketValue")}
              error={fields["equity.fairMarketValue"]}
              hint="Per share. Options are valued at (FMV − strike) × vested options, never below zero."
            />
          </>
        )}
        <SelectField label="Vesting schedule" name="vesting.preset" value={preset} onChange={(e) => setPreset(e.target.value)} error={fields["vesting.preset"]}>
          {[...VESTING_PRESETS, CUSTOM_VESTING].map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Annual refresher grant (assumed)"
          name="annualRefresher"
          inputMode="decimal"
          defaultValue={major(initial?.annualRefresher) || "0"}
          error={fields.annualRefresher}
          hint="Value granted each year from year 2, vesting on the same schedule."
        />
        {preset === "CUSTOM" && (
          <fieldset className="sm:col-span-2" aria-describedby={fields["vesting.customPercents"] ? "custom-vesting-error" : undefined}>
            <legend className="mb-1 text-sm font-medium">Custom vesting: % of the grant in each year (must total 100)</legend>
            <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              {[0, 1, 2, 3].map((i) => (
                <TextField
                  key={i}
                  label={`Year ${i + 1} %`}
                  name={`vesting.customPercents.${i}`}
                  type="number"
                  step="0.01"
                  min={0}
                  max={100}
                  defaultValue={customBp[i]}
                  error={fields[`vesting.customPercents.${i}`]}
                />
              ))}
            </div>
            {fields["vesting.customPercents"] && (
              <p id="custom-vesting-error" className="mt-1 text-sm text-red-600 dark:text-red-400">
                {fields["vesting.customPercents"]}
              </p>
            )}
          </fieldset>
        )}
      </Fieldset>

      <Fieldset legend="Benefits">
        <TextField
          label="Benefits value (per year)"
          name="benefitsValue"
          inputMode="decimal"
          defaultValue={major(initial?.benefitsValue) || "0"}
          error={fields.benefitsValue}
          hint="Health cover, learning budget, conference travel…"
        />
        <TextField
          label="Retirement match (% of base)"
          name="retirementMatchPercent"
          type="number"
          step="0.01"
          min={0}
          max={100}
          defaultValue={initial?.retirementMatchPercent ?? 0}
          error={fields.retirementMatchPercent}
        />
      </Fieldset>

      <div>
        <label htmlFor="offer-notes" className="mb-1 block text-sm font-medium">
          Notes on qualitative factors
        </label>
        <textarea
          id="offer-notes"
          name="notes"
          rows={4}
          defaultValue={initial?.notes}
          aria-describedby="offer-notes-hint"
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900"
        />
        <p id="offer-notes-hint" className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          Mentorship quality, project impact, anything the numbers miss.
        </p>
        {fields.notes && <p className="mt-1 text-sm text-red-600 dark:text-red-400">{fields.notes}</p>}
      </div>

      <div className="flex gap-3">
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : initial ? "Save offer" : "Add offer"}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
