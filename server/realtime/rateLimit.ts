/**
 * A token bucket per connection: bursts up to `burst` ops (a client re-sending what it wrote
 * offline), then `perSecond` sustained. Enough for any person; it stops one script from flooding a
 * board for everyone. Rejected ops are not lost: the client keeps them and sends them again.
 */
export function createRateLimit(perSecond = 30, burst = 150, now: () => number = performance.now.bind(performance)) {
  let tokens = burst;
  let last = now();
  return function allow(): boolean {
    const at = now();
    tokens = Math.min(burst, tokens + ((at - last) / 1000) * perSecond);
    last = at;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
