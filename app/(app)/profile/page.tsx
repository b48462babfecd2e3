import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountDangerZone } from "@/components/accounts/account-danger-zone";
import { ProfileForm } from "@/components/accounts/profile-form";
import { getProfile } from "@/lib/accounts/profile";
import { getCurrentUser } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/profile");
  const profile = await getProfile(user.id);
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">Your profile</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
        What you are preparing for. PrepLoop uses it to place offers against market bands and to plan your
        preparation before the interview date.
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
        <ProfileForm initial={profile} />
      </div>
      <section aria-labelledby="account-heading" className="mt-8 rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="account-heading" className="mb-4 text-lg font-semibold">
          Your data and account
        </h2>
        <AccountDangerZone hasPassword={profile.hasPassword} />
      </section>
    </div>
  );
}
