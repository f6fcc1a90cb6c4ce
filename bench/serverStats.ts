import { cpuMicros } from "./child";
import type { ServerStats } from "./protocol";

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** A sample of this server's CPU time and memory; with gc, after a full collection (run node with --expose-gc). */
export function serverStats(connections: number, gc = false): ServerStats {
  if (gc && collectGarbage) {
    collectGarbage();
    collectGarbage();
  }
  const memory = process.memoryUsage();
  return { cpuMicros: cpuMicros(), rss: memory.rss, heapUsed: memory.heapUsed, connections, at: performance.now() };
}
