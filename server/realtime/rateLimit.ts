/** A token bucket's settings: it holds up to `burst` tokens and refills `perSecond` of them a second. */
export interface Rate {
  perSecond: number;
  burst: number;
}

type Clock = () => number;
const monotonic: Clock = performance.now.bind(performance);

interface Bucket {
  tokens: number;
  last: number;
}

function refill(bucket: Bucket, rate: Rate, at: number): void {
  bucket.tokens = Math.min(rate.burst, bucket.tokens + ((at - bucket.last) / 1000) * rate.perSecond);
  bucket.last = at;
}

/**
 * Token buckets by key (a client address, say): each key may spend a burst at once, then `perSecond`.
 * A key whose bucket has filled up again is the same as one never seen, so idle entries are dropped
 * now and then and the map stays as small as the set of recent clients.
 */
export class KeyedRateLimit {
  private readonly buckets = new Map<string, Bucket>();
  private nextSweep: number;

  constructor(
    private readonly rate: Rate,
    private readonly now: Clock = monotonic,
    private readonly sweepEveryMs = 60_000,
  ) {
    this.nextSweep = now() + sweepEveryMs;
  }

  /** Takes `cost` tokens from the key's bucket if it holds them; false (and nothing taken) if not. */
  allow(key: string, cost = 1): boolean {
    const at = this.now();
    if (at >= this.nextSweep) this.sweep(at);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: this.rate.burst, last: at };
      this.buckets.set(key, bucket);
    } else refill(bucket, this.rate, at);
    if (bucket.tokens < cost) return false;
    bucket.tokens -= cost;
    return true;
  }

  /**
   * Takes `cost` tokens whatever the bucket holds, into debt if need be: for a price known only after
   * the work (the bytes of an answer). The key waits until the debt is paid back.
   */
  spend(key: string, cost: number): void {
    if (cost <= 0) return;
    const at = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.rate.burst, last: at };
    refill(bucket, this.rate, at);
    bucket.tokens -= cost;
    this.buckets.set(key, bucket);
  }

  /** Milliseconds until the key may spend one token again (0 when it may now). */
  retryAfterMs(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return 0;
    refill(bucket, this.rate, this.now());
    return bucket.tokens >= 1 ? 0 : Math.ceil(((1 - bucket.tokens) / this.rate.perSecond) * 1000);
  }

  /** How many keys are remembered (for tests). */
  get size(): number {
    return this.buckets.size;
  }

  /** Forgets every key whose bucket would be full by now. */
  sweep(at = this.now()): void {
    this.nextSweep = at + this.sweepEveryMs;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((at - bucket.last) / 1000) * this.rate.perSecond >= this.rate.burst)
        this.buckets.delete(key);
    }
  }
}

/**
 * One token bucket (a single connection's): bursts up to `burst` ops (a client re-sending what it
 * wrote offline), then `perSecond` sustained. Rejected ops are not lost: the client keeps them and
 * sends them again.
 */
export function createRateLimit(perSecond = 30, burst = 150, now: Clock = monotonic) {
  const limit = new KeyedRateLimit({ perSecond, burst }, now, Number.POSITIVE_INFINITY);
  return (): boolean => limit.allow("");
}

/** A rate given as so many per period, all of which may be spent at once. */
export const perMinute = (count: number): Rate => ({ perSecond: count / 60, burst: count });
export const perHour = (count: number): Rate => ({ perSecond: count / 3600, burst: count });
