// HTTP-6, HTTP-7: builds the client's server bundle (client/prerender.tsx, client/boardPaint.tsx) into
// <build>/.vite/paint/, renders every page's first paint in every language from it into
// <build>/.vite/first-paints.json, and leaves boardPaint.js for the server, which paints a board's
// first screen with its content (server/http/boardPaint.ts). Runs after the client's build
// (npm run build, scripts/ensure-build.mjs, the bench's own build).
//   node scripts/prerender.mjs [build folder, default dist]
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import react from "@vitejs/plugin-react";
import { build } from "vite";

const outDir = resolve(process.argv[2] ?? "dist");
const paintDir = join(outDir, ".vite", "paint");

await build({
  configFile: false,
  root: resolve("client"),
  plugins: [react()],
  logLevel: "warn",
  publicDir: false,
  // Every package inside the bundle, React as its production build whatever NODE_ENV the server
  // runs with: its development build renders a board three times slower (27 against 9 ms for ten
  // cards). All of them, so that the packages the components use share the bundle's one React.
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  ssr: { noExternal: true },
  build: {
    ssr: true,
    outDir: paintDir,
    emptyOutDir: true,
    target: "node20",
    rolldownOptions: {
      input: { prerender: resolve("client/prerender.tsx"), boardPaint: resolve("client/boardPaint.tsx") },
      output: { entryFileNames: "[name].js", chunkFileNames: "chunks/[name]-[hash].js" },
    },
  },
});

const { renderFirstPaints } = await import(pathToFileURL(join(paintDir, "prerender.js")).href);
const paints = await renderFirstPaints();
writeFileSync(join(outDir, ".vite", "first-paints.json"), JSON.stringify(paints));
console.log(`first paints: ${Object.keys(paints).join(", ")}; board paints: ${join(paintDir, "boardPaint.js")}`);
