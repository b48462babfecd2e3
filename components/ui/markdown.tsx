import ReactMarkdown from "react-markdown";
import { REHYPE_PLUGINS, REMARK_PLUGINS } from "@/lib/markdown/plugins";

/**
 * Renders Markdown (GitHub flavour) with highlighted code. Raw HTML in the source is not
 * rendered, so user-written Markdown cannot inject markup. For client components; a server
 * page uses <MarkdownHtml> (markdown-html.tsx): the same HTML, not hydrated element by element.
 */
export function Markdown({ children, className = "" }: { children: string; className?: string }) {
  return (
    <div className={`markdown ${className}`}>
      <ReactMarkdown
        remarkPlugins={REMARK_PLUGINS}
        rehypePlugins={REHYPE_PLUGINS}
        components={{
          // Wide code scrolls sideways; tabIndex lets keyboard users scroll it too.
          pre: ({ node: _node, ...props }) => <pre tabIndex={0} {...props} />,
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
