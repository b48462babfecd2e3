// The one Markdown dialect of the app, for <Markdown> (react-markdown, client components) and
// lib/markdown/html.ts (server pages): GitHub flavour, code highlighted only where its language is
// named (no guessing), an unknown language left plain.
import rehypeHighlight from "rehype-highlight";
import remarkGfm from "remark-gfm";
import type { PluggableList } from "unified";

export const REMARK_PLUGINS: PluggableList = [remarkGfm];
export const REHYPE_PLUGINS: PluggableList = [[rehypeHighlight, { detect: false, ignoreMissing: true }]];
