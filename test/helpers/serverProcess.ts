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

/** Runs the real server (server/index.ts) as its own process, as `npm start` does, so it can be killed -9. */
export async function startServerProcess(env: { PORT: number; DATABASE_PATH: string; CLIENT_DIR?: string }) {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(env.PORT),
      DATABASE_PATH: env.DATABASE_PATH,
      CLIENT_DIR: env.CLIENT_DIR ?? "dist",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    child.stdout?.on("data", (chunk) => {
      output += chunk;
      if (output.includes("listens on")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${env.PORT}`,
    /** A crash: no shutdown handler runs, nothing is flushed. */
    async kill9() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
    },
    output: () => output,
  };
}
