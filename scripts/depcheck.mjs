// Checks that imports run one way (.dependency-cruiser.cjs): no cycles, no back-imports.
// dependency-cruiser 17 parses TypeScript only with a TypeScript compiler older than 7, and this
// project builds with TypeScript 7; so the sources are first turned into JavaScript with esbuild,
// keeping every import, type-only ones included (a cycle through types is a cycle too), each file
// under its own path in a temporary folder, and the check runs there.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { transformSync } from "esbuild";

const root = join(dirname(new URL(import.meta.url).pathname), "..");
const FOLDERS = ["shared", "client", "server"];

function* sources(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) yield path;
  }
}

/** `import type` and `export type … from` as plain imports, so the transpiler keeps them. */
const keepTypeImports = (code) =>
  code
    .replace(/^(\s*)import type /gm, "$1import ")
    .replace(/^(\s*)export type (\{[^}]*\}\s*from)/gm, "$1export $2")
    .replace(/([{,]\s*)type (\w)/g, "$1$2");

const out = mkdtempSync(join(tmpdir(), "depcheck-"));
try {
  for (const folder of FOLDERS) {
    for (const file of sources(join(root, folder))) {
      const loader = file.endsWith(".tsx") ? "tsx" : "ts";
      const { code } = transformSync(keepTypeImports(readFileSync(file, "utf8")), {
        loader,
        format: "esm",
        jsx: "preserve",
        tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
      });
      const target = join(out, relative(root, file)).replace(/\.tsx?$/, ".js");
      mkdirSync(dirname(target), { recursive: true });
      // JSX stays as written (acorn-jsx reads it); the file keeps .js so dependency-cruiser parses it.
      writeFileSync(target, code);
    }
  }
  writeFileSync(join(out, "package.json"), JSON.stringify({ type: "module" }));
  symlinkSync(join(root, "node_modules"), join(out, "node_modules"));
  const args = process.argv.slice(2);
  const result = spawnSync(
    join(root, "node_modules/.bin/depcruise"),
    [...FOLDERS, "--config", join(root, ".dependency-cruiser.cjs"), ...args],
    { cwd: out, stdio: "inherit" },
  );
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
