import { readFileSync } from "node:fs";

/**
 * CPU time the whole machine spent busy (all cores, all processes, and time the hypervisor took
 * away) in microseconds, from /proc/stat; null where there is none. Lets a step tell whether
 * something else was running. Interrupt time is left out: our own loopback traffic causes most of
 * it and the kernel charges it to no process.
 */
export function machineBusyMicros(): number | null {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0];
    const [, user, nice, system, , , , , steal] = line.trim().split(/\s+/).map(Number);
    const ticksPerSecond = 100;
    return ((user + nice + system + steal) * 1_000_000) / ticksPerSecond;
  } catch {
    return null;
  }
}

export interface Quiet<T> {
  value: T;
  /** CPU that other processes used meanwhile, in % of one core; null where it cannot be told. */
  otherCpuPct: number | null;
  attempts: number;
}

/**
 * Runs a measurement; when other processes used more than `maxOtherPct` of a core meanwhile,
 * waits a little and runs it again, up to `attempts` times. `ownCpuMicros` is the CPU time so far
 * of the processes that take part, so their own work is not counted as someone else's.
 */
export async function whenQuiet<T>(
  measure: () => Promise<T> | T,
  ownCpuMicros: () => Promise<number> | number,
  maxOtherPct: number,
  attempts: number,
): Promise<Quiet<T>> {
  let result: Quiet<T> | null = null;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const [machineBefore, ownBefore, started] = [machineBusyMicros(), await ownCpuMicros(), performance.now()];
    const value = await measure();
    const [machineAfter, ownAfter, ended] = [machineBusyMicros(), await ownCpuMicros(), performance.now()];
    const other =
      machineBefore === null || machineAfter === null
        ? null
        : Math.round(((machineAfter - machineBefore - (ownAfter - ownBefore)) / ((ended - started) * 1000)) * 1000) /
          10;
    result = { value, otherCpuPct: other, attempts: attempt };
    if (other === null || other <= maxOtherPct) break;
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
  return result as Quiet<T>;
}
