import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Journal } from "@/components/practice/journal";
import { PracticeSubnav } from "@/components/practice/practice-subnav";
import { getProfile } from "@/lib/accounts/profile";
import { localDate } from "@/lib/practice/forecast";
import { listJournalEntries, listReflectionPrompts } from "@/lib/practice/journal";
import { getCurrentUser } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Reflection journal" };

export default async function JournalPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/practice/journal");
  const [entries, prompts, profile] = await Promise.all([listJournalEntries(user.id), listReflectionPrompts(), getProfile(user.id)]);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Reflection journal</h1>
      <PracticeSubnav current="/practice/journal" />
      <Journal entries={entries} prompts={prompts} today={localDate(new Date(), profile.timeZone)} />
    </div>
  );
}
