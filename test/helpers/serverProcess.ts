import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

/** A free loopback port, so a restarted server can come back on the same address. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Children still running when the test runner exits (a crash, a timeout) are killed with it. */
const children = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

/** Kills the child when the test runner exits before it did. */
export function killOnExit(child: ChildProcess): void {
  children.add(child);
  child.once("exit", () => children.delete(child));
}

/** The settings a test gives a server process (server/config.ts); unset ones are not inherited. */
export interface ServerProcessEnv {
  PORT: number;
  /** The SQLite file; several processes may share one (SYNC-14). */
  DATABASE_PATH?: string;
  DATABASE_URL?: string;
  REDIS_URL?: string;
  INSTANCE_NAME?: string;
  CLIENT_DIR?: string;
  [name: string]: string | number | undefined;
}

/** Settings of the test runner's own environment that must not leak into a server process. */
const NOT_INHERITED = ["DATABASE_PATH", "DATABASE_URL", "REDIS_URL", "INSTANCE_NAME", "PUBLIC_URL"];

/**
 * What a server process runs: its sources through tsx (the tests: no build needed, always current), or
 * the bundle `npm run build` made, as `npm start` and a service manager run it (docs/DEPLOY.md).
 */
const COMMANDS = {
  sources: ["--import", "tsx", "server/index.ts"],
  built: ["--enable-source-maps", "dist-server/index.js"],
};

/** Runs the real server as its own process (`run`: sources by default), as `npm start` does, so it can be killed -9. */
export async function startServerProcess(
  env: ServerProcessEnv,
  options: { startTimeoutMs?: number; run?: keyof typeof COMMANDS } = {},
) {
  const inherited = { ...process.env };
  for (const name of NOT_INHERITED) delete inherited[name];
  const given = Object.fromEntries(
    Object.entries(env).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])),
  );
  const child: ChildProcess = spawn(process.execPath, COMMANDS[options.run ?? "sources"], {
    env: { ...inherited, HOST: "127.0.0.1", CLIENT_DIR: "dist", LOG_LEVEL: "info", ...given },
    stdio: ["ignore", "pipe", "pipe"],
  });
  killOnExit(child);
  let output = "";
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start:\n${output}`));
    }, options.startTimeoutMs ?? 20_000);
    child.stdout?.on("data", (chunk) => {
      output += chunk;
      if (output.includes(`"msg":"listening"`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const stopChild = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill(signal);
    await exited;
  };
  return {
    url: `http://127.0.0.1:${env.PORT}`,
    port: env.PORT,
    pid: child.pid,
    /** A crash: no shutdown handler runs, nothing is flushed. */
    async kill9() {
      await stopChild("SIGKILL");
    },
    /** A clean shutdown (SIGTERM), as a service manager stops it. */
    async stop() {
      await stopChild("SIGTERM");
    },
    output: () => output,
    /** How the process ended: its exit code, or null while it runs or when a signal killed it. */
    exitCode: () => child.exitCode,
  };
}
