import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { PageName } from "../../shared/pages";

/** Each page's module in the client's sources, as Vite's manifest names it (relative to client/). */
export const PAGE_MODULES: Record<PageName, string> = {
  start: "views/StartPage.tsx",
  board: "views/BoardPage.tsx",
  projector: "features/projector/ProjectorPage.tsx",
  linkHolder: "features/links/LinkHolderPage.tsx",
  privacy: "features/privacy/PrivacyPage.tsx",
  notFound: "views/NotFoundPage.tsx",
};

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/**
 * The tags that let the browser fetch a page's code with the entry instead of after it: the page's
 * chunk, the chunks it imports, and their stylesheets, less what index.html already loads.
 */
export function preloadTags(manifest: Manifest, module: string, html: string): string {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const css of chunk.css ?? []) styles.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(module);
  const notInHtml = (file: string) => !html.includes(`/${file}"`);
  return [
    ...[...styles].filter(notInHtml).map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`),
    ...[...scripts].filter(notInHtml).map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
  ].join("");
}

/**
 * index.html for one page, with its page's preloads (read again whenever the build changes, so a new
 * build is served without a restart). Without a manifest (a build without one), index.html as it is.
 */
export function pageHtmlReader(clientDir: string): (page: PageName) => string {
  const indexPath = join(clientDir, "index.html");
  const manifestPath = join(clientDir, ".vite", "manifest.json");
  let cachedAt = -1;
  let byPage = new Map<PageName, string>();
  return (page) => {
    const builtAt = statSync(indexPath).mtimeMs;
    if (builtAt !== cachedAt) {
      cachedAt = builtAt;
      byPage = new Map();
    }
    let html = byPage.get(page);
    if (html === undefined) {
      const index = readFileSync(indexPath, "utf8");
      const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest) : {};
      html = index.replace("</head>", `${preloadTags(manifest, PAGE_MODULES[page], index)}</head>`);
      byPage.set(page, html);
    }
    return html;
  };
}
