import ReactMarkdown from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import remarkGfm from "remark-gfm";

/**
 * Renders Markdown (GitHub flavour) with highlighted code. Raw HTML in the source is not
 * rendered, so user-written Markdown cannot inject markup. For client components; a server
 * page uses <MarkdownHtml> (markdown-html.tsx): the same HTML, not hydrated element by element.
 */
export function Markdown({ children, className = "" }: { children: string; className?: string }) {
  return (
    <div className={`markdown ${className}`}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[[rehypeHighlight, { detect: false, ignoreMissing: true }]]}
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
