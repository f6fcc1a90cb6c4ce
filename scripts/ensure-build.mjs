// Builds the client (dist/) and the server (dist-server/) when missing or older than their sources,
// so `npm start` always runs the current code without rebuilding on every start. Each is checked on
// its own: a change in client/ rebuilds only the client, one in server/ only the server.
//   node scripts/ensure-build.mjs           both
//   node scripts/ensure-build.mjs server    the server only (the storm and soak benches)
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const common = ["shared", "vite.config.ts", "package.json"];
const parts = {
  // The client's first paints (HTTP-6) are rendered from its fresh build.
  client: { output: "dist/index.html", sources: ["client", ...common], args: [], after: "scripts/prerender.mjs" },
  server: { output: "dist-server/index.js", sources: ["server", ...common], args: ["--ssr", "server/index.ts"] },
};

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

const asked = process.argv.slice(2);
for (const name of asked.length > 0 ? asked : Object.keys(parts)) {
  const part = parts[name];
  if (!part) {
    console.error(`ensure-build: no part "${name}" (${Object.keys(parts).join(", ")})`);
    process.exit(2);
  }
  const builtAt = existsSync(part.output) ? statSync(part.output).mtimeMs : 0;
  const changedAt = Math.max(...part.sources.filter(existsSync).map(newestMtime));
  if (changedAt <= builtAt) continue;
  console.log(`Building the ${name} (${["vite build", ...part.args].join(" ")})…`);
  const result = spawnSync(
    process.execPath,
    ["node_modules/vite/bin/vite.js", "build", ...part.args, "--logLevel", "warn"],
    { stdio: "inherit" },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
  if (part.after) {
    const after = spawnSync(process.execPath, [part.after], { stdio: "inherit" });
    if (after.status !== 0) process.exit(after.status ?? 1);
  }
}
