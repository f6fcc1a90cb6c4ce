import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The client's JavaScript after `npm run build`: each file raw and gzipped, and what index.html pulls in. */
export interface BundleResult {
  /** Whether this run built the client, or measured an existing dist/. */
  built: boolean;
  files: { file: string; bytes: number; gzipBytes: number }[];
  /** Scripts index.html loads (entry and modulepreloads), gzipped. */
  entryGzipBytes: number;
  /** Every JavaScript file in the build, gzipped. */
  totalGzipBytes: number;
  /** Scripts Chromium actually loaded for the board page, gzipped (when the browser part ran). */
  boardPageGzipBytes?: number;
}

export type BundleMeasure = BundleResult | { skipped: string };

/**
 * `npm run build` (vite build) into a folder of its own, so the dist/ that others use stays as it is.
 * Answers null when it worked, else the end of the build's output.
 */
export function buildClient(outDir: string): string | null {
  const args = ["vite", "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"];
  const result = spawnSync("npx", args, { encoding: "utf8", timeout: 300_000 });
  // As npm run build: each page's first paint (HTTP-6) too.
  const paints =
    result.status === 0 ? spawnSync(process.execPath, ["scripts/prerender.mjs", outDir], { encoding: "utf8" }) : result;
  if (paints.status === 0) return null;
  return `${paints.stdout}\n${paints.stderr}`.trim().split("\n").slice(-8).join("\n");
}

export function measureBundle(clientDir: string, built: boolean): BundleMeasure {
  const indexHtml = join(clientDir, "index.html");
  if (!existsSync(indexHtml)) return { skipped: "skipped: no client build" };
  const assets = join(clientDir, "assets");
  const files = (existsSync(assets) ? readdirSync(assets) : [])
    .filter((file) => file.endsWith(".js"))
    .map((file) => {
      const content = readFileSync(join(assets, file));
      return { file: `assets/${file}`, bytes: content.length, gzipBytes: gzipSync(content).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const html = readFileSync(indexHtml, "utf8");
  // The entry: what index.html names, and the app it starts after the first paint (boot.tsx, HTTP-6)
  // with the chunks that imports.
  const referenced = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]));
  for (const file of staticChunksOf(clientDir, "boot.tsx")) referenced.add(file);
  const sum = (list: typeof files) => list.reduce((total, file) => total + file.gzipBytes, 0);
  return {
    built,
    files,
    entryGzipBytes: sum(files.filter((file) => referenced.has(file.file))),
    totalGzipBytes: sum(files),
  };
}

/** A module's chunk and every chunk it imports statically, from the build's manifest. */
function staticChunksOf(clientDir: string, module: string): string[] {
  const manifestPath = join(clientDir, ".vite", "manifest.json");
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<
    string,
    { file: string; imports?: string[] }
  >;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(module);
  return [...files];
}

/** Gzipped bytes of the scripts a page actually loaded (paths as the browser saw them). */
export function gzipBytesOf(clientDir: string, paths: string[]): number {
  let total = 0;
  for (const path of new Set(paths)) {
    const file = join(clientDir, path.replace(/^\//, ""));
    if (existsSync(file)) total += gzipSync(readFileSync(file)).length;
  }
  return total;
}
