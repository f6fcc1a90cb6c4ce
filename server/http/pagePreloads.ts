import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { AFTER_PAINT_MARK, BOARD_PAINT_MARK } from "../../shared/boardPaint";
import type { Language } from "../../shared/languages";
import type { BoardView } from "../../shared/model";
import type { Page, PageName } from "../../shared/pages";

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

/** The board's views that are chunks of their own, so an address that asks for one (`?view=`) preloads it. */
export const VIEW_MODULES: Partial<Record<BoardView, string>> = {
  meetings: "features/meetings/MeetingsView.tsx",
  wall: "features/networking/NetworkingView.tsx",
  groups: "features/groups/GroupsView.tsx",
};

/** The app's code, which the entry (main.tsx) starts once the first paint is on screen (HTTP-6). */
const APP_MODULE = "boot.tsx";

/** Each language's words other than German (which the entry carries), as Vite's manifest names them. */
const LANGUAGE_MODULES: Partial<Record<Language, string>> = { en: "i18n/en.ts" };

/** What each page shows before its code runs, by language (client/prerender.tsx, HTTP-6). */
type FirstPaints = Partial<Record<PageName, Partial<Record<Language, string>>>>;

/**
 * The tags that let the browser fetch a page's code with the entry instead of after it: the page's
 * chunk, the chunks it imports, and their stylesheets, less what index.html already loads. The code
 * with low priority: the stylesheets and the first paint (HTTP-6) need the connection first.
 */
export function preloadTags(manifest: Manifest, modules: string[], html: string): { styles: string; scripts: string } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const css of chunk.css ?? []) styles.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const module of modules) visit(module);
  const notInHtml = (file: string) => !html.includes(`/${file}"`);
  return {
    styles: [...styles]
      .filter(notInHtml)
      .map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`)
      .join(""),
    scripts: [...scripts]
      .filter(notInHtml)
      .map((file) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="/${file}">`)
      .join(""),
  };
}

/**
 * HTTP-6: the page's first paint inside #root, in a disabled fieldset: it looks like the page but
 * takes no input (typing into it would be lost when the client's first render replaces it).
 */
function withFirstPaint(html: string, paint: string | undefined, language: Language, ofBoard: boolean): string {
  const lang = html.replace('<html lang="de">', `<html lang="${language}">`);
  if (!paint) return lang;
  // A board's own paint is marked: its page keeps showing it until the board is there (HTTP-7).
  const mark = ofBoard ? ` ${BOARD_PAINT_MARK}` : "";
  return lang.replace(
    '<div id="root"></div>',
    `<div id="root"><fieldset class="first-paint" disabled${mark}>${paint}</fieldset></div>`,
  );
}

/**
 * index.html for one page in one language: its page's preloads, the language's words and the page's
 * first paint. Read again whenever the build changes, so a new build is served without a restart.
 * Without a manifest or first paints (a build without them), index.html as it is.
 */
export function pageHtmlReader(clientDir: string): (page: Page, language: Language, boardPaint?: string) => string {
  const indexPath = join(clientDir, "index.html");
  const readJson = <T>(name: string): Partial<T> => {
    const path = join(clientDir, ".vite", name);
    return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : {};
  };
  let cachedAt = -1;
  let build = { index: "", manifest: {} as Manifest, paints: {} as FirstPaints };
  let cache = new Map<string, { styles: string; scripts: string }>();
  return (page, language, boardPaint) => {
    const builtAt = statSync(indexPath).mtimeMs;
    if (builtAt !== cachedAt) {
      // The build's files, read once per build.
      cachedAt = builtAt;
      const manifest = readJson<Manifest>("manifest.json") as Manifest;
      build = { index: readFileSync(indexPath, "utf8"), manifest, paints: readJson<FirstPaints>("first-paints.json") };
      cache = new Map();
    }
    const view = page.name === "board" ? page.view : undefined;
    const key = `${page.name}.${view}.${language}`;
    let tags = cache.get(key);
    if (tags === undefined) {
      const { index, manifest } = build;
      const words = LANGUAGE_MODULES[language];
      const viewModule = view && VIEW_MODULES[view];
      const modules = [
        APP_MODULE,
        PAGE_MODULES[page.name],
        ...(viewModule ? [viewModule] : []),
        ...(words ? [words] : []),
      ];
      tags = preloadTags(manifest, modules, index);
      cache.set(key, tags);
    }
    const { styles, scripts } = tags;
    // A board's own first paint (HTTP-7) where the server made one, else the page's from the build.
    // With the board on screen, its code is fetched after that paint (main.tsx), not competing with it.
    const code = boardPaint === undefined ? scripts : `<template ${AFTER_PAINT_MARK}>${scripts}</template>`;
    const html = build.index.replace("</head>", `${styles}${code}</head>`);
    return withFirstPaint(html, boardPaint ?? build.paints[page.name]?.[language], language, boardPaint !== undefined);
  };
}
