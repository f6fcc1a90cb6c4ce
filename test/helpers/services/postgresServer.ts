import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/**
 * A throwaway PostgreSQL: TEST_DATABASE_URL when set, else a fresh cluster of Debian's binaries in a
 * temp folder (initdb, pg_ctl). Free of vitest, so the benchmark (`npm run bench -- --cluster`) starts
 * it too; the tests' side (one server per run, a database per file) is in postgres.ts.
 */
export interface TestPostgres {
  /** A URL of the server's `postgres` database, for creating others. */
  url: string;
  /** The postmaster's process id (its backends are its children); null for TEST_DATABASE_URL. */
  pid(): number | null;
  stop(): void;
}

function postgresBinaries(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(join(root, version, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      "The PostgreSQL tests need PostgreSQL's server binaries: install the `postgresql` package " +
        "(apt-get install postgresql), or set TEST_DATABASE_URL to a server the tests may create databases on.",
    );
  }
  return join(root, versions[0], "bin");
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, the cluster belongs to `postgres` and runs as it. */
function runner(folder: string): (command: string, args: string[]) => void {
  if (process.getuid?.() !== 0) {
    return (command, args) => execFileSync(command, args, { stdio: "pipe" });
  }
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  chownSync(folder, uid, gid);
  return (command, args) => execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "pipe" });
}

export async function startTestPostgres(): Promise<TestPostgres> {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, pid: () => null, stop() {} };
  const bin = postgresBinaries();
  const folder = mkdtempSync(join(tmpdir(), "themenwand-pg-"));
  const data = join(folder, "data");
  const run = runner(folder);
  const port = await freePort();
  try {
    run(join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"]);
    // fsync stays on: the tests check durable commits as they will run.
    const settings = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c max_connections=300`;
    run(join(bin, "pg_ctl"), ["-D", data, "-l", join(folder, "log"), "-w", "-t", "30", "-o", settings, "start"]);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    const output = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
    throw new Error(`Starting a test PostgreSQL failed: ${output || String(error)}`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    pid() {
      try {
        return Number(readFileSync(join(data, "postmaster.pid"), "utf8").split("\n", 1)[0]) || null;
      } catch {
        return null;
      }
    },
    stop() {
      try {
        run(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

/** Creates a new, empty database named `name` on the server at `serverUrl` and returns its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
