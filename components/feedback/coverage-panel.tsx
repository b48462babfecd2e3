// Key-point coverage of a submitted answer: ticks per key point with the evidence, what is
// missing, STAR parts (behavioural), components (system design), the length verdict and the
// suggested score. Status is told by icon and text, never by colour alone. Server components
// only: the content is sent as one HTML string (coverage-html.ts), so React neither repeats it in
// the page's payload nor hydrates it element by element.
import { toHtml } from "hast-util-to-html";
import { coverageSection, type CoverageHtmlProps } from "@/components/feedback/coverage-html";

type Props = Omit<CoverageHtmlProps, "whose" | "headingLevel" | "id"> & Partial<Pick<CoverageHtmlProps, "whose" | "headingLevel" | "id">>;

export function CoveragePanel({ whose = "Your answer", headingLevel = 2, id = "coverage", ...rest }: Props) {
  const section = coverageSection({ ...rest, whose, headingLevel, id });
  const className = section.properties.className as string | undefined;
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={className}
      data-testid="coverage-panel"
      dangerouslySetInnerHTML={{ __html: toHtml(section.children) }}
    />
  );
}
