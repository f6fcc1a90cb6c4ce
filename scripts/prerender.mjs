// HTTP-6: renders every page's first paint (client/prerender.tsx) in every language into
// <build>/.vite/first-paints.json, which the server puts into the pages it serves. Runs after the
// client's build (npm run build, scripts/ensure-build.mjs, the bench's own build); Vite loads the
// client's sources for Node.
//   node scripts/prerender.mjs [build folder, default dist]
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createServer } from "vite";

const outDir = resolve(process.argv[2] ?? "dist");

const vite = await createServer({
  configFile: "vite.config.ts",
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: "custom",
  logLevel: "warn",
});
try {
  const { renderFirstPaints } = await vite.ssrLoadModule("/prerender.tsx");
  const paints = await renderFirstPaints();
  mkdirSync(join(outDir, ".vite"), { recursive: true });
  writeFileSync(join(outDir, ".vite", "first-paints.json"), JSON.stringify(paints));
  console.log(`first paints: ${Object.keys(paints).join(", ")}`);
} finally {
  await vite.close();
}
