import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort, killOnExit } from "../serverProcess";

export const NGINX = process.env.NGINX ?? "/usr/sbin/nginx";
/** The configuration docs show for production; the test fills in its placeholders. */
export const NGINX_TEMPLATE = resolve("deploy/nginx/themenwand.conf");

export interface NginxService {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** deploy/nginx/themenwand.conf with its placeholders filled in (not in its comments, which name them). */
export function nginxSite(listen: string, upstreams: string[]): string {
  const servers = upstreams.map((address) => `server ${address};`).join("\n    ");
  return readFileSync(NGINX_TEMPLATE, "utf8")
    .split("\n")
    .map((line) =>
      line.trimStart().startsWith("#")
        ? line
        : line.replaceAll("{{LISTEN}}", listen).replaceAll("{{UPSTREAM_SERVERS}}", servers),
    )
    .join("\n");
}

/**
 * A throwaway nginx in front of `upstreams` (host:port), on a free loopback port, running the
 * production template inside a wrapper that keeps its pid, logs and temp files in a temp folder.
 */
export async function startNginx(upstreams: string[]): Promise<NginxService> {
  const port = await freePort();
  const folder = mkdtempSync(join(tmpdir(), "themenwand-nginx-"));
  for (const temp of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(folder, temp));
  writeFileSync(join(folder, "themenwand.conf"), nginxSite(`127.0.0.1:${port}`, upstreams));
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    join(folder, "nginx.conf"),
    `# Test wrapper around deploy/nginx/themenwand.conf: everything nginx writes stays in ${folder}.
${asRoot ? "user root;\n" : ""}worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${folder}/client_body;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  include ${folder}/themenwand.conf;
}
`,
  );
  const child: ChildProcess = spawn(
    NGINX,
    ["-p", folder, "-e", join(folder, "error.log"), "-c", join(folder, "nginx.conf"), "-g", "daemon off;"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  killOnExit(child);
  let output = "";
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  try {
    await listening(port, exited);
  } catch (error) {
    child.kill("SIGKILL");
    const log = readFileSync(join(folder, "error.log"), { encoding: "utf8", flag: "a+" });
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`nginx did not start (${(error as Error).message}):\n${output}\n${log}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Waits until something accepts connections on the port. */
async function listening(port: number, exited: Promise<void>, timeoutMs = 10_000): Promise<void> {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const started = Date.now();
  for (;;) {
    if (gone) throw new Error("it exited");
    const open = await new Promise<boolean>((done) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        done(true);
      });
      socket.once("error", () => done(false));
    });
    if (open) return;
    if (Date.now() - started > timeoutMs) throw new Error("timed out");
    await new Promise((wait) => setTimeout(wait, 25));
  }
}
