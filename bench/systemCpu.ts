import { readdirSync, readFileSync } from "node:fs";

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

/** The fields after a /proc/<pid>/stat's command name, so that field k of proc(5) is at k - 3. */
function statFields(pid: number | string): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/**
 * CPU time so far of a process (all its threads) and of its children, living or reaped, in
 * microseconds; null when it is gone or there is no /proc. For Redis, and for PostgreSQL, whose
 * backends are children of the postmaster: a backend that ended is in the postmaster's cutime.
 */
export function processTreeCpuMicros(pid: number): number | null {
  const own = statFields(pid);
  if (!own) return null;
  const ticks = (fields: string[]) => Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  let total = ticks(own);
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(entry);
    if (fields && Number(fields[1]) === pid) total += ticks(fields);
  }
  const ticksPerSecond = 100;
  return (total * 1_000_000) / ticksPerSecond;
}
