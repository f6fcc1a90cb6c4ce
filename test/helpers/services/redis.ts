import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, killOnExit } from "../serverProcess";

export const REDIS_SERVER = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";

export interface RedisService {
  url: string;
  port: number;
  /** The redis-server's process id while it runs (the benchmark reads its CPU time). */
  pid(): number | null;
  /** Stops Redis (its data is gone: nothing is saved); `start` brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its folder. */
  close(): Promise<void>;
}

/** A throwaway redis-server on a free loopback port, keeping nothing on disk. */
export async function startRedis(): Promise<RedisService> {
  const port = await freePort();
  const folder = mkdtempSync(join(tmpdir(), "themenwand-redis-"));
  let child: ChildProcess | undefined;

  const start = async () => {
    if (child) return;
    const started = spawn(
      REDIS_SERVER,
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    child = started;
    killOnExit(started);
    await waitForLine(started, "Ready to accept connections", "redis-server");
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGKILL");
    await exited;
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: () => child?.pid ?? null,
    stop,
    start,
    async close() {
      await stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Resolves when the child prints `text`; fails with its output when it exits first or takes too long. */
export function waitForLine(child: ChildProcess, text: string, name: string, timeoutMs = 10_000): Promise<void> {
  let output = "";
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (!output.includes(text)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${output}`));
    });
  });
}
