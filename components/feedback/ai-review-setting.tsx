"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { api } from "@/lib/client/api";

type Settings = { configured: boolean; enabled: boolean; endpointHost: string | null; model: string | null; dailyLimit: number | null };

/** The profile's AI review switch: off by default; the statement says exactly where answers go. */
export function AiReviewSetting({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!settings.configured) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        AI reviews are off on this installation: no AI model is configured, so nothing is ever sent anywhere. An administrator can set
        PREPLOOP_AI_BASE_URL and PREPLOOP_AI_MODEL to turn them on.
      </p>
    );
  }

  async function toggle(enabled: boolean) {
    setSaving(true);
    setError(null);
    const res = await api<{ ai: Settings }>("/api/account/ai-review", { method: "PUT", body: { enabled } });
    setSaving(false);
    if (res.ok) setSettings(res.data.ai);
    else setError(res.error.message);
  }

  return (
    <div className="space-y-3 text-sm">
      <p>
        When this is on, each answer you ask to have reviewed — the question, its key points and your answer — is sent to the AI endpoint
        this installation uses, <strong>{settings.endpointHost}</strong> (model <strong>{settings.model}</strong>), and the review is stored
        with your attempt. Nothing is sent until you press “Get an AI review” on an answer, and mentors can never ask for one on your behalf.
        At most {settings.dailyLimit} reviews in any 24 hours.
      </p>
      <label className="flex items-center gap-2 font-medium">
        <input type="checkbox" checked={settings.enabled} disabled={saving} onChange={(e) => toggle(e.target.checked)} className="h-4 w-4" />
        Send my answers for AI review when I ask for one
      </label>
      <p role="status" className="text-slate-600 dark:text-slate-400">
        AI reviews are {settings.enabled ? "on" : "off"} for you.
      </p>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
