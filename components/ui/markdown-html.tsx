import { markdownHtml } from "@/lib/markdown/html";

/**
 * <Markdown> for server components: the same HTML (lib/markdown/html.ts), sent as one element's
 * inner HTML, so the browser does not hydrate the text's elements one by one. The class and the
 * look are <Markdown>'s.
 */
export function MarkdownHtml({ children, className = "" }: { children: string; className?: string }) {
  return <div className={`markdown ${className}`} dangerouslySetInnerHTML={{ __html: markdownHtml(children) }} />;
}
