"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";

const NAMES: Record<string, string> = { github: "GitHub", google: "Google" };

/** Sign-in providers: link one (as the signed-in user, never by email match) or unlink it. */
export function LinkedProviders({ linked, available }: { linked: string[]; available: string[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const providers = [...new Set([...available, ...linked])];

  async function link(provider: string) {
    setError(null);
    const res = await api("/api/account/links", { body: { provider } });
    if (!res.ok) return setError(res.error.message);
    await signIn(provider, { callbackUrl: "/profile" });
  }

  async function unlink(provider: string) {
    setError(null);
    const res = await api(`/api/account/links/${provider}`, { method: "DELETE" });
    if (!res.ok) return setError(res.error.message);
    router.refresh();
  }

  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      <ul className="space-y-2">
        {providers.map((p) => (
          <li key={p} className="flex items-center justify-between gap-3 text-sm">
            <span>
              {NAMES[p] ?? p}: {linked.includes(p) ? "linked" : "not linked"}
            </span>
            {linked.includes(p) ? (
              <Button variant="ghost" onClick={() => void unlink(p)}>
                Unlink {NAMES[p] ?? p}
              </Button>
            ) : (
              <Button variant="secondary" onClick={() => void link(p)}>
                Link {NAMES[p] ?? p}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
