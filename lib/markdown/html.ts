// Markdown to an HTML string on the server, with exactly the tree components/ui/markdown.tsx
// (react-markdown) renders: the same parser and plugins (GitHub flavour, highlighted code), raw
// HTML in the source shown as text, URLs through react-markdown's own safe-URL check, and wide
// code blocks focusable. A page renders it as one element's inner HTML: the browser parses it as
// before, but React neither carries its elements in the page's payload nor hydrates them one by
// one (issue 20: the mock report's model answers were ~half of its 1,480 elements). For server
// components only; a client component keeps <Markdown>.
import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { urlAttributes } from "html-url-attributes";
import { defaultUrlTransform } from "react-markdown";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import { REHYPE_PLUGINS, REMARK_PLUGINS } from "./plugins";

const processor = unified()
  .use(remarkParse)
  .use(REMARK_PLUGINS)
  // As react-markdown: raw HTML reaches the tree, and is turned into plain text below.
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(REHYPE_PLUGINS);

/** The HTML tree of `source`, as react-markdown builds it before turning it into React elements. */
export function markdownTree(source: string): Root {
  const file = new VFile(source);
  const tree = processor.runSync(processor.parse(file), file) as Root;
  visit(tree, (node, index, parent) => {
    if (node.type === "raw" && parent && typeof index === "number") {
      parent.children[index] = { type: "text", value: node.value };
      return index;
    }
    if (node.type === "element") {
      for (const key in urlAttributes) {
        if (Object.hasOwn(urlAttributes, key) && Object.hasOwn(node.properties, key)) {
          const test = urlAttributes[key];
          if (test === null || test!.includes(node.tagName)) {
            const url = defaultUrlTransform(String(node.properties[key] || ""));
            // React leaves out an empty src (an unsafe image URL) rather than write src="".
            if (key === "src" && url === "") delete node.properties[key];
            else node.properties[key] = url;
          }
        }
      }
      if (node.tagName === "pre") node.properties.tabIndex = 0;
    }
    return undefined;
  });
  return tree;
}

/** `source` as an HTML string (escaped by hast-util-to-html; no raw HTML from the source). */
export function markdownHtml(source: string): string {
  return toHtml(markdownTree(source));
}
