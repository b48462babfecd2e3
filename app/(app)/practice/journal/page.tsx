import type { Metadata } from "next";
import { Journal } from "@/components/practice/journal";
import { PracticeSubnav } from "@/components/practice/practice-subnav";
import { getProfile } from "@/lib/accounts/profile";
import { localDate } from "@/lib/practice/forecast";
import { listJournalEntries, listReflectionPrompts } from "@/lib/practice/journal";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Reflection journal" };

export default async function JournalPage() {
  const user = await requireUser();
  const [entries, prompts, profile] = await Promise.all([listJournalEntries(user.id), listReflectionPrompts(), getProfile(user.id)]);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Reflection journal</h1>
      <PracticeSubnav current="/practice/journal" />
      <Journal entries={entries} prompts={prompts} today={localDate(new Date(), profile.timeZone)} />
    </div>
  );
}
