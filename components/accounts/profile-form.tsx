"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { TIME_ZONES } from "@/lib/calendar/time-zones";
import { REGIONS, TARGET_LEVELS } from "@/lib/options/career";
import type { Profile } from "@/lib/accounts/profile-types";
import { profileUpdateSchema } from "@/lib/accounts/schema";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

/** An empty (or blank) input is "not set" (null), as the API expects. */
const orNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const numberOrNull = (v: unknown) => (v === "" || v == null ? null : Number(v));

function valuesOf(p: Profile) {
  return {
    version: p.version,
    displayName: p.displayName,
    targetRole: p.targetRole,
    targetLevel: p.targetLevel,
    region: p.region,
    yearsExperience: p.yearsExperience,
    nextInterviewOn: p.nextInterviewOn,
    timeZone: p.timeZone,
  };
}

export function ProfileForm({ initial }: { initial: Profile }) {
  const { form, message, onSubmit, busy } = useApiForm({
    schema: profileUpdateSchema,
    defaultValues: valuesOf(initial),
    request: (values) => api<{ profile: Profile }>("/api/profile", { method: "PUT", body: values }),
    onSuccess: (data) => {
      form.reset(valuesOf(data.profile));
      return "Profile saved.";
    },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label="Display name" required error={errors.displayName?.message} {...form.register("displayName")} />
        <TextField label="Email" name="email" value={initial.email} readOnly disabled hint="Your sign-in email." />
        <TextField
          label="Target role"
          placeholder="e.g. Machine Learning Engineer"
          error={errors.targetRole?.message}
          {...form.register("targetRole", { setValueAs: orNull })}
        />
        <SelectField label="Target level" error={errors.targetLevel?.message} {...form.register("targetLevel", { setValueAs: orNull })}>
          <option value="">Not set</option>
          {TARGET_LEVELS.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Region" error={errors.region?.message} {...form.register("region", { setValueAs: orNull })}>
          <option value="">Not set</option>
          {REGIONS.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Years of experience"
          type="number"
          inputMode="numeric"
          min={0}
          max={60}
          error={errors.yearsExperience?.message}
          {...form.register("yearsExperience", { setValueAs: numberOrNull })}
        />
        <TextField
          label="Next interview date"
          type="date"
          error={errors.nextInterviewOn?.message}
          hint="Optional. Your preparation timeline is built from it."
          {...form.register("nextInterviewOn", { setValueAs: orNull })}
        />
        <TextField
          label="Time zone"
          list="time-zone-options"
          autoComplete="off"
          spellCheck={false}
          error={errors.timeZone?.message}
          hint="Type to search the list, e.g. Berlin or Tokyo. Used for streaks, calendars and dates."
          {...form.register("timeZone", { setValueAs: (v: unknown) => (typeof v === "string" ? v.trim() : v) })}
        />
        <datalist id="time-zone-options">
          {TIME_ZONES.map((tz) => (
            <option key={tz} value={tz} />
          ))}
        </datalist>
      </div>
      <Button type="submit" disabled={busy}>
        {busy ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}
