import { AppLink } from "@/components/ui/app-link";
import { type ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** Stories as a numbered grid of cards, each titled with a link to the story; `body` fills the rest. */
export function StoryCards<S extends { id: string; title: string }>({
  stories,
  href,
  body,
}: {
  stories: readonly S[];
  href: (story: S) => string;
  body: (story: S) => ReactNode;
}) {
  return (
    <ol className="grid gap-4 md:grid-cols-2">
      {stories.map((s, i) => (
        <li key={s.id}>
          <Card as="article" pad="md" className="h-full">
            <h3 className="font-semibold">
              <span className="mr-2 text-slate-500 dark:text-slate-400">{i + 1}.</span>
              <AppLink href={href(s)} className="hover:underline">
                {s.title}
              </AppLink>
            </h3>
            {body(s)}
          </Card>
        </li>
      ))}
    </ol>
  );
}
