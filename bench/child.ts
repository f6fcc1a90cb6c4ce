import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export interface ChildOptions {
  /** CPU core to pin the process to with taskset; null leaves it free. */
  core: number | null;
  /** Extra node flags, e.g. --expose-gc or --cpu-prof. */
  nodeFlags?: string[];
  env?: Record<string, string>;
}

/** A bench child process: a TypeScript entry run by tsx, with an IPC channel for requests. */
export class BenchChild {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly exited: Promise<number | null>;
  private output = "";

  constructor(readonly process: ChildProcess) {
    process.on("message", (message: { type?: string; id?: number; ok?: boolean; value?: unknown; error?: string }) => {
      if (message.type !== "reply" || message.id === undefined) return;
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.ok) waiter?.resolve(message.value);
      else waiter?.reject(new Error(message.error ?? "child failed"));
    });
    for (const stream of [process.stdout, process.stderr]) {
      stream?.on("data", (chunk) => {
        this.output = (this.output + chunk).slice(-20_000);
      });
    }
    this.exited = new Promise((resolve) => {
      process.once("exit", (code) => {
        for (const waiter of this.waiting.values()) waiter.reject(new Error(`child exited (${code}):\n${this.output}`));
        this.waiting.clear();
        resolve(code);
      });
    });
  }

  get pid(): number {
    return this.process.pid ?? -1;
  }

  get log(): string {
    return this.output;
  }

  request<T>(message: Record<string, unknown>, timeoutMs = 120_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`no answer to ${String(message.type)} within ${timeoutMs} ms:\n${this.output}`));
      }, timeoutMs);
      this.waiting.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.process.send({ ...message, id });
    });
  }

  /** Resolves with the first message of the given type. */
  next<T>(type: string, timeoutMs = 60_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${type} within ${timeoutMs} ms:\n${this.output}`)),
        timeoutMs,
      );
      const listener = (message: { type?: string }) => {
        if (message.type !== type) return;
        clearTimeout(timer);
        this.process.off("message", listener);
        resolve(message as T);
      };
      this.process.on("message", listener);
      this.exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`child exited before ${type}:\n${this.output}`));
      });
    });
  }

  /** Ends the process: politely first, then with SIGKILL. */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    const timer = setTimeout(() => this.process.kill("SIGKILL"), timeoutMs);
    if (this.process.connected) {
      this.request({ type: "stop" }, timeoutMs).catch(() => undefined);
    } else {
      this.process.kill("SIGTERM");
    }
    await this.exited;
    clearTimeout(timer);
  }
}

/** Whether `taskset` is there to pin processes to cores. */
export const canPin = existsSync("/usr/bin/taskset") || existsSync("/bin/taskset");

/** Starts `node --import tsx <entry>` pinned to a core, with stdout/stderr captured and an IPC channel. */
export function startChild(entry: string, options: ChildOptions): BenchChild {
  const nodeArgs = [...(options.nodeFlags ?? []), "--import", "tsx", entry];
  const pinned = options.core !== null && canPin;
  const command = pinned ? "taskset" : process.execPath;
  const args = pinned ? ["-c", String(options.core), process.execPath, ...nodeArgs] : nodeArgs;
  const child = spawn(command, args, {
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    env: { ...process.env, ...options.env },
  });
  return new BenchChild(child);
}

/** Children answer requests through this, so each one reads alike. */
export function serveRequests(handle: (message: { type: string; id: number } & Record<string, unknown>) => unknown) {
  process.on("message", async (message: { type: string; id: number } & Record<string, unknown>) => {
    try {
      const value = await handle(message);
      process.send?.({ type: "reply", id: message.id, ok: true, value });
    } catch (error) {
      process.send?.({ type: "reply", id: message.id, ok: false, error: String((error as Error)?.stack ?? error) });
    }
  });
}

/** CPU time of this process so far, user plus system, in microseconds. */
export function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

/**
 * The Themenwand server child that serves the built client too (when `clientDir` holds one), for
 * the parts measured in Chromium; `hasClient` says whether a page can be opened at all.
 */
export function startServerWithClient(options: { clientDir: string; pin: boolean }) {
  const hasClient = existsSync(join(options.clientDir, "index.html"));
  const server = startChild("bench/themenwandServer.ts", {
    core: options.pin ? 0 : null,
    env: { BENCH_CLIENT_DIR: hasClient ? resolve(options.clientDir) : "" },
  });
  return { server, hasClient };
}
