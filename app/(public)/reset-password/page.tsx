import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { resetTokenSchema } from "@/lib/accounts/security-schema";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const token = resetTokenSchema.safeParse((await searchParams).token);
  return (
    <div className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Setting it signs you out on every device.
      </p>
      {token.success ? (
        <ResetPasswordForm token={token.data} />
      ) : (
        <Alert tone="error">
          This reset link is incomplete. Open the link from the email again, or{" "}
          <Link href="/forgot-password" className="font-medium underline">
            ask for a new one
          </Link>
          .
        </Alert>
      )}
    </div>
  );
}
