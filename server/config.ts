import { resolve } from "node:path";

export interface Config {
  port: number;
  host: string;
  databasePath: string;
  clientDir: string;
  publicUrl?: string;
}

/** Reads the environment; every setting has a default so `npm start` works as it is. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    databasePath: resolve(env.DATABASE_PATH ?? "./data/themenwand.db"),
    clientDir: resolve(env.CLIENT_DIR ?? "./dist"),
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, "") || undefined,
  };
}
