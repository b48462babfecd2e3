// The API reference's static files: Swagger UI's bundle and styles from swagger-ui-dist
// (read from node_modules, so nothing is fetched from a CDN) and our starter script.
import { readFile } from "node:fs/promises";
import path from "node:path";

const START = `(function () {
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = "/developers/assets/swagger-ui.css";
  document.head.appendChild(css);
  var s = document.createElement("script");
  s.src = "/developers/assets/swagger-ui-bundle.js";
  s.onload = function () {
    window.SwaggerUIBundle({
      url: "/api/openapi.json",
      dom_id: "#swagger-ui",
      deepLinking: true,
      validatorUrl: null,
      tryItOutEnabled: false,
      displayOperationId: true,
      // Tags start collapsed: rendering all ~130 operations at once stalls Swagger UI after a few.
      docExpansion: "none",
    });
  };
  document.head.appendChild(s);
})();
`;

const FILES: Record<string, string> = {
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
};

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const cache = { "Cache-Control": "public, max-age=86400" };
  if (file === "reference.js")
    return new Response(START, { headers: { "content-type": "text/javascript; charset=utf-8", ...cache } });
  const type = FILES[file];
  if (!type) return new Response("Not found", { status: 404 });
  const text = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", file));
  return new Response(new Uint8Array(text), { headers: { "content-type": type, ...cache } });
}
