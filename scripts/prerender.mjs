// HTTP-6: renders every page's first paint (client/prerender.tsx) in every language into
// dist/.vite/first-paints.json, which the server puts into the pages it serves. Runs after the
// client's build (npm run build, scripts/ensure-build.mjs); Vite loads the client's sources for Node.
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "vite";

const vite = await createServer({
  configFile: "vite.config.ts",
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: "custom",
  logLevel: "warn",
});
try {
  const { renderFirstPaints } = await vite.ssrLoadModule("/prerender.tsx");
  const paints = await renderFirstPaints();
  mkdirSync("dist/.vite", { recursive: true });
  writeFileSync("dist/.vite/first-paints.json", JSON.stringify(paints));
  console.log(`first paints: ${Object.keys(paints).join(", ")}`);
} finally {
  await vite.close();
}
