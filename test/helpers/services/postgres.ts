import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { openPool } from "../../../server/store/postgres/openPool";
import { migratePostgres } from "../../../server/store/postgres/postgresMigrations";

/**
 * A throwaway PostgreSQL for the tests: TEST_DATABASE_URL when set, else a fresh cluster of Debian's
 * binaries in a temp folder (initdb, pg_ctl), started once per test run by the global setup
 * (postgresGlobalSetup.ts). Each test file makes a database of its own with freshPostgresDatabase().
 */
export interface TestPostgres {
  /** A URL of the server's `postgres` database, for creating others. */
  url: string;
  stop(): void;
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
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
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop() {} };
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
    stop() {
      try {
        run(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

/** The URL of a new, empty database on the test server: one per test file, so files run in parallel. */
export async function freshPostgresDatabase(): Promise<string> {
  const serverUrl = inject("postgresUrl");
  if (!serverUrl) throw new Error("No test PostgreSQL: is the global setup (postgresGlobalSetup.ts) configured?");
  const name = `themenwand_test_${randomBytes(6).toString("hex")}`;
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

/** A new database with the store's schema in place. */
export async function migratedPostgresDatabase(): Promise<string> {
  const url = await freshPostgresDatabase();
  const pool = openPool(url);
  try {
    await migratePostgres(pool);
  } finally {
    await pool.end();
  }
  return url;
}
