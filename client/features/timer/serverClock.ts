/** One exchange with GET /api/time, in this page's clock (ms). */
export interface ClockSample {
  sentAt: number;
  serverNow: number;
  receivedAt: number;
}

/**
 * TIMER-2: how far the server's clock is ahead of this page's (ms; negative when behind), from the
 * sample with the shortest round trip: the server read its clock somewhere within the trip, so its
 * middle is the best guess and the error is at most half the trip. Null without a sample.
 */
export function clockOffset(samples: readonly ClockSample[]): number | null {
  let best: ClockSample | null = null;
  for (const sample of samples) {
    if (sample.receivedAt < sample.sentAt) continue;
    if (!best || sample.receivedAt - sample.sentAt < best.receivedAt - best.sentAt) best = sample;
  }
  return best ? best.serverNow - (best.sentAt + best.receivedAt) / 2 : null;
}

/** Samples taken one after another: three round trips, so one slow answer does not decide. */
export async function sampleServerClock(
  readServerTime: () => Promise<number>,
  now: () => number = Date.now,
  count = 3,
): Promise<ClockSample[]> {
  const samples: ClockSample[] = [];
  for (let index = 0; index < count; index++) {
    const sentAt = now();
    const serverNow = await readServerTime();
    samples.push({ sentAt, serverNow, receivedAt: now() });
  }
  return samples;
}

async function fetchServerTime(): Promise<number> {
  const response = await fetch("/api/time", { cache: "no-store" });
  if (!response.ok) throw new Error(`GET /api/time answered ${response.status}`);
  const { now } = (await response.json()) as { now: unknown };
  if (typeof now !== "number" || !Number.isFinite(now)) throw new Error("GET /api/time answered no time");
  return now;
}

const RESYNC_MS = 10 * 60_000;
const RETRY_MS = 5_000;

/**
 * The page's estimate of the server's clock, measured while someone shows a timer and again every
 * ten minutes (a laptop's clock drifts, or is set). Until the first answer the page's own clock is used.
 */
class ServerClock {
  private offset: number | null = null;
  private users = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();

  now = (): number => Date.now() + (this.offset ?? 0);

  /** True once the server answered: a display may say "synchronised". */
  known = (): boolean => this.offset !== null;

  use(listener: () => void): () => void {
    this.listeners.add(listener);
    if (++this.users === 1) void this.measure();
    return () => {
      this.listeners.delete(listener);
      if (--this.users === 0 && this.timer) {
        clearTimeout(this.timer);
        this.timer = null;
      }
    };
  }

  private async measure(): Promise<void> {
    this.timer = null;
    let next = RESYNC_MS;
    try {
      const offset = clockOffset(await sampleServerClock(fetchServerTime));
      if (offset !== null) this.offset = offset;
      for (const listener of this.listeners) listener();
    } catch {
      next = RETRY_MS;
    }
    if (this.users > 0) this.timer = setTimeout(() => void this.measure(), next);
  }
}

export const serverClock = new ServerClock();
