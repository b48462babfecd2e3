"use client";

import { Alert } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { TIME_ZONES } from "@/lib/calendar/time-zones";
import { REGIONS, TARGET_LEVELS } from "@/lib/options/career";
import type { Profile } from "@/lib/accounts/profile-types";
import { api } from "@/lib/client/api";
import { numberOr, orNull } from "@/lib/client/form-fields";
import { useApiForm } from "@/lib/client/use-api-form";

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
  const { form, field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/accounts/schema").then((m) => m.profileUpdateSchema),
    defaultValues: valuesOf(initial),
    request: (values) => api<{ profile: Profile }>("/api/profile", { method: "PUT", body: values }),
    onSuccess: (data) => {
      form.reset(valuesOf(data.profile));
      return "Profile saved.";
    },
  });

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-5" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label="Display name" required {...field("displayName")} />
        <TextField label="Email" name="email" value={initial.email} readOnly disabled hint="Your sign-in email." />
        <TextField label="Target role" placeholder="e.g. Machine Learning Engineer" {...field("targetRole", { setValueAs: orNull })} />
        <SelectField label="Target level" blank="Not set" options={TARGET_LEVELS} {...field("targetLevel", { setValueAs: orNull })} />
        <SelectField label="Region" blank="Not set" options={REGIONS} {...field("region", { setValueAs: orNull })} />
        <TextField
          label="Years of experience"
          type="number"
          inputMode="numeric"
          min={0}
          max={60}
          {...field("yearsExperience", { setValueAs: numberOr(null) })}
        />
        <TextField
          label="Next interview date"
          type="date"
          hint="Optional. Your preparation timeline is built from it."
          {...field("nextInterviewOn", { setValueAs: orNull })}
        />
        <TextField
          label="Time zone"
          list="time-zone-options"
          autoComplete="off"
          spellCheck={false}
          hint="Type to search the list, e.g. Berlin or Tokyo. Used for streaks, calendars and dates."
          {...field("timeZone", { setValueAs: (v: unknown) => (typeof v === "string" ? v.trim() : v) })}
        />
        <datalist id="time-zone-options">
          {TIME_ZONES.map((tz) => (
            <option key={tz} value={tz} />
          ))}
        </datalist>
      </div>
      <FormActions busy={busy} submitLabel="Save profile" />
    </form>
  );
}
