import { readFileSync } from "node:fs";

/**
 * Prints where a .cpuprofile (node --cpu-prof, or `npm run bench -- --profile`) spends its time:
 * the functions with the most self time, grouped by function and file.
 * Usage: npx tsx bench/profileTop.ts bench/results/profiles/themenwand-1000.cpuprofile [rows]
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function topFunctions(profile: Profile, rows = 30): { name: string; selfPct: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    total += delta;
    const frame = byId.get(id)?.callFrame;
    const file = frame?.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/main\//, "") ?? "";
    const key = `${frame?.functionName || "(anonymous)"} ${file}:${(frame?.lineNumber ?? 0) + 1}`;
    self.set(key, (self.get(key) ?? 0) + delta);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([name, micros]) => ({ name, selfPct: Math.round((micros / total) * 1000) / 10 }));
}

if (process.argv[1]?.endsWith("profileTop.ts")) {
  const [file, rows] = process.argv.slice(2);
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  for (const { name, selfPct } of topFunctions(profile, Number(rows ?? 30))) {
    console.log(`${selfPct.toFixed(1).padStart(5)}%  ${name}`);
  }
}
