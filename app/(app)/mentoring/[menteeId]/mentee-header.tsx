import { PageHeader } from "@/components/ui/page-header";
import { SubNav } from "@/components/ui/sub-nav";
import { type Scopes } from "@/lib/mentors/scopes";

/** The mentee's name and tabs for what they share (tabs for areas not shared are left out). */
export function MenteeHeader({
  mentee,
  scopes,
  current,
  title,
}: {
  mentee: { id: string; name: string };
  scopes?: Scopes;
  current: string;
  title: string;
}) {
  const base = `/mentoring/${mentee.id}`;
  const links = [
    { href: base, label: "Shared items" },
    ...(scopes?.progress ? [{ href: `${base}/progress`, label: "Progress" }] : []),
    ...(scopes?.offers ? [{ href: `${base}/offers`, label: "Offers" }] : []),
    ...(scopes?.plan ? [{ href: `${base}/plan`, label: "Career plan" }] : []),
    ...(scopes?.attempts ? [{ href: `${base}/stories`, label: "Stories" }] : []),
  ];
  return (
    <PageHeader
      back={{ href: "/mentoring", label: "Your mentees" }}
      title={title}
      above={
        <>
          {scopes && links.length > 1 && (
            <SubNav label={`${mentee.name}'s shared areas`} links={links} current={current} />
          )}
          <p className="text-sm font-medium text-slate-600 dark:text-slate-400">Mentee: {mentee.name} · read-only</p>
        </>
      }
    />
  );
}
