import type { Metadata } from "next";
import { InvitationList } from "@/components/mentors/invitation-list";
import { InviteForm } from "@/components/mentors/invite-form";
import { MentorCard } from "@/components/mentors/mentor-card";
import { MentorsSubNav } from "@/components/mentors/mentors-subnav";
import { CardSection, Section } from "@/components/ui/section";
import { listInvitations } from "@/lib/mentors/invitations";
import { listMentorships } from "@/lib/mentors/mentorships";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Mentors" };

export default async function MentorsPage() {
  const user = await requireUser();
  const [{ mentors }, invitations] = await Promise.all([listMentorships(user.id), listInvitations(user.id)]);
  return (
    <div>
      <MentorsSubNav current="/mentors" />
      <h1 className="text-2xl font-bold">Your mentors</h1>
      <p className="mt-1 mb-6 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
        Invite someone you trust to review your answers. You decide what each mentor sees, can change it at
        any time, and can see every time they looked at something.
      </p>
      <div className="grid gap-8 lg:grid-cols-2 lg:items-start">
        <Section id="current-mentors" title="Current mentors" className="space-y-4">
          {mentors.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              No mentors yet. Create an invitation and send its link or code to someone.
            </p>
          ) : (
            mentors.map((m) => <MentorCard key={m.id} m={m} />)
          )}
        </Section>
        <div className="space-y-8">
          <CardSection id="invite-heading" title="Invite a mentor" gap={4}>
            <InviteForm />
          </CardSection>
          <CardSection id="invitations-heading" title="Invitations" gap={2}>
            <InvitationList invitations={invitations} />
          </CardSection>
        </div>
      </div>
    </div>
  );
}
