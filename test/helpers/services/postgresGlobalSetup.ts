import type { TestProject } from "vitest/node";
import { startTestPostgres, type TestPostgres } from "./postgresServer";

/**
 * Vitest global setup: one test PostgreSQL for the whole run, shared by every project that lists
 * this file (they run in one process: the first starts it, the last stops it and deletes its folder).
 */
const shared = globalThis as typeof globalThis & {
  themenwandTestPostgres?: { server: Promise<TestPostgres>; users: number };
};

export default async function setup(project: TestProject) {
  shared.themenwandTestPostgres ??= { server: startTestPostgres(), users: 0 };
  const entry = shared.themenwandTestPostgres;
  entry.users += 1;
  project.provide("postgresUrl", (await entry.server).url);
  return async () => {
    entry.users -= 1;
    if (entry.users > 0) return;
    shared.themenwandTestPostgres = undefined;
    (await entry.server).stop();
  };
}
