import { createAdapter } from "@socket.io/redis-streams-adapter";
import { createClient } from "redis";
import { withoutPassword } from "../core/withoutPassword";
import { log } from "../observability/logger";

/**
 * Socket.IO's Redis Streams adapter on a node-redis connection that outlives Redis outages
 * (SCALE-4, SCALE-7). How the adapter behaves decides the settings:
 *
 * - A broadcast awaits its XADD before it reaches this process's own sockets. With node-redis's
 *   offline queue the XADD would wait for Redis to come back, and so would every local frame. So the
 *   publishing connection has no offline queue: while Redis is away an XADD fails at once, the adapter
 *   ignores the failure and delivers locally; other processes miss those frames, and their clients
 *   catch up at the revision gap of the next one.
 * - The adapter's reading loop (XREAD BLOCK on a duplicate connection) retries at once after a
 *   failure. Without an offline queue a failure would come back at once too, a loop that never
 *   yields to the event loop; so the duplicates keep the queue: a read issued while Redis is away
 *   waits for the reconnect, and resumes from the last entry it saw. The subscriber (server-side
 *   emits) is resubscribed by node-redis itself.
 * - The adapter publishes server-side emits without handling the promise: a failed PUBLISH would be
 *   an unhandled rejection, which ends the process. Failures of PUBLISH are dropped here instead.
 */
export interface RedisLink {
  /** For `io.adapter()`. */
  adapter: ReturnType<typeof createAdapter>;
  /** PING with a short timeout, and the adapter's reading connections connected (SCALE-8). */
  isHealthy(timeoutMs?: number): Promise<boolean>;
  /**
   * ERASE-3: drops the stream's frames up to now a moment from now (after the other processes had
   * time to read the latest), so that a forgotten record's frames do not wait to roll out.
   */
  forgetFramesSoon(): void;
  /** After `io.close()` (which stops the adapter's reading loop): closes every connection. */
  close(): Promise<void>;
}

type Client = ReturnType<typeof createClient>;

/** The adapter's stream (its default name, said once here for the trim). */
const FRAMES_STREAM = "socket.io";

/**
 * Trims the frames stream up to the time of the last request, once every process had `graceMs` to
 * read the frames before it (they read continuously; a process that misses one catches up, SCALE-7).
 */
class FrameTrim {
  private cut = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly trim: (before: number) => Promise<void>,
    private readonly graceMs = 2_000,
  ) {}

  request(): void {
    // Stream entry ids start with their milliseconds: MINID now+1 drops every entry of this moment.
    this.cut = Date.now() + 1;
    this.later();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private later(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const ripe = Date.now() - this.graceMs;
      this.trim(Math.min(this.cut, ripe)).finally(() => {
        if (this.cut > ripe) this.later();
      });
    }, this.graceMs);
    this.timer.unref();
  }
}

/** 50 ms doubling to 2 s, with jitter so that several processes do not knock at once. */
const reconnectDelay = (retries: number) => Math.min(50 * 2 ** retries, 2_000) + Math.floor(Math.random() * 100);

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function connectRedis(url: string, report: (line: string) => void = (line) => log.error(line)): RedisLink {
  const publisher: Client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { reconnectStrategy: reconnectDelay },
  });
  // One line per outage, not one per reconnect attempt.
  let down = false;
  publisher.on("error", (error: Error) => {
    if (down) return;
    down = true;
    report(
      `Redis at ${withoutPassword(url)} is unreachable (${error.message}); meanwhile broadcasts reach only the clients of this process`,
    );
  });
  publisher.on("ready", () => {
    if (down) report(`Redis at ${withoutPassword(url)} is back`);
    down = false;
  });
  // With a reconnect strategy that always answers a delay, connect() waits for Redis instead of failing.
  publisher.connect().catch((error: Error) => report(`Redis: ${error.message}`));

  const duplicates: Client[] = [];
  const forAdapter = Object.create(publisher);
  forAdapter.duplicate = () => {
    const duplicate = publisher.duplicate({ disableOfflineQueue: false });
    // The adapter disconnects its reader once its loop sees the abort; after close() it is gone already.
    duplicate.disconnect = async () => {
      if (duplicate.isOpen) duplicate.destroy();
    };
    duplicates.push(duplicate);
    return duplicate;
  };
  forAdapter.publish = (channel: string, message: Buffer) => publisher.publish(channel, message).catch(() => 0);
  const adapter = createAdapter(forAdapter, { streamName: FRAMES_STREAM });
  const frameTrim = new FrameTrim((before) =>
    publisher.xTrim(FRAMES_STREAM, "MINID", String(before)).then(
      () => undefined,
      (error: Error) => report(`Redis: could not trim the frames after an erasure (${error.message})`),
    ),
  );

  return {
    adapter,
    forgetFramesSoon: () => frameTrim.request(),
    async isHealthy(timeoutMs = 1_000) {
      if (!duplicates.every((duplicate) => duplicate.isReady)) return false;
      try {
        return (await within(publisher.ping(), timeoutMs)) === "PONG";
      } catch {
        return false;
      }
    },
    async close() {
      frameTrim.stop();
      for (const duplicate of duplicates) if (duplicate.isOpen) duplicate.destroy();
      if (!publisher.isOpen) return;
      // Lets the last broadcasts' XADDs finish, but does not wait for a Redis that no longer answers.
      await within(publisher.close(), 1_000).catch(() => undefined);
    },
  };
}
