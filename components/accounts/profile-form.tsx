"use client";

import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { REGIONS, TARGET_LEVELS } from "@/lib/accounts/options";
import { api } from "@/lib/client/api";
import type { Profile } from "@/lib/accounts/profile-types";

export function ProfileForm({ initial }: { initial: Profile }) {
  const [profile, setProfile] = useState(initial);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const str = (k: string) => String(f.get(k) ?? "").trim();
    const years = str("yearsExperience");
    const body = {
      version: profile.version,
      displayName: str("displayName"),
      targetRole: str("targetRole") || null,
      targetLevel: str("targetLevel") || null,
      region: str("region") || null,
      yearsExperience: years === "" ? null : Number(years),
      nextInterviewOn: str("nextInterviewOn") || null,
      timeZone: str("timeZone"),
    };
    setBusy(true);
    setMessage(null);
    setFields({});
    const res = await api<{ profile: Profile }>("/api/profile", { method: "PUT", body });
    setBusy(false);
    if (res.ok) {
      setProfile(res.data.profile);
      setMessage({ tone: "success", text: "Profile saved." });
    } else {
      setFields(res.error.fields);
      setMessage({ tone: "error", text: res.error.message });
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate key={profile.version}>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label="Display name" name="displayName" defaultValue={profile.displayName} required error={fields.displayName} />
        <TextField label="Email" name="email" value={profile.email} readOnly disabled hint="Your sign-in email." />
        <TextField
          label="Target role"
          name="targetRole"
          defaultValue={profile.targetRole ?? ""}
          placeholder="e.g. Machine Learning Engineer"
          error={fields.targetRole}
        />
        <SelectField label="Target level" name="targetLevel" defaultValue={profile.targetLevel ?? ""} error={fields.targetLevel}>
          <option value="">Not set</option>
          {TARGET_LEVELS.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Region" name="region" defaultValue={profile.region ?? ""} error={fields.region}>
          <option value="">Not set</option>
          {REGIONS.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Years of experience"
          name="yearsExperience"
          type="number"
          inputMode="numeric"
          min={0}
          max={60}
          defaultValue={profile.yearsExperience ?? ""}
          error={fields.yearsExperience}
        />
        <TextField
          label="Next interview date"
          name="nextInterviewOn"
          type="date"
          defaultValue={profile.nextInterviewOn ?? ""}
          error={fields.nextInterviewOn}
          hint="Optional. Your preparation timeline is built from it."
        />
        <TextField
          label="Time zone"
          name="timeZone"
          defaultValue={profile.timeZone}
          error={fields.timeZone}
          hint="IANA name, e.g. Europe/Berlin. Used for streaks and calendars."
        />
      </div>
      <Button type="submit" disabled={busy}>
        {busy ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}
