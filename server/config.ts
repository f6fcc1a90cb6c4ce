import { hostname } from "node:os";
import { resolve } from "node:path";
import { DEFAULT_FAIR_SHARES, type FairShares } from "../shared/limits";
import { proxyEntry } from "./http/clientAddress";
import { originOf } from "./http/origins";
import { POSTGRES_POOL_DEFAULTS, type PostgresPoolOptions } from "./store/postgres/poolOptions";

/**
 * Limits that keep one client (or one script) from stalling every board (docs/SPEC.md LIMIT-*). An
 * address is the client's IP address (behind a reverse proxy on loopback: from X-Forwarded-For; IPv6
 * by /64). The defaults suit a workshop where a hundred people share one NAT'd address.
 */
export interface Limits extends FairShares {
  /** Ops per second per address, shared by all its sockets, and the burst it may send at once (LIMIT-5). */
  opsPerSecond: number;
  opsBurst: number;
  /** Open Socket.IO connections per address (LIMIT-5). */
  connectionsPerAddress: number;
  /** Joins per minute per address; a full minute's worth may come at once (LIMIT-1). */
  joinsPerMinute: number;
  /** Joins per socket: a burst, then so many per minute (LIMIT-1). */
  socketJoinBurst: number;
  socketJoinsPerMinute: number;
  /** Boards created per hour per address; an hour's worth may come at once (LIMIT-5). */
  boardsPerHour: number;
  /** REST writes (POST) per minute per address, moderator key or not (LIMIT-5). */
  restWritesPerMinute: number;
  /**
   * REST reads (every GET under /api) per minute per address, one more per 64 KB of the answer; a
   * minute's worth may come at once (LIMIT-7).
   */
  restReadsPerMinute: number;
  /**
   * Board paints the server renders per minute per address (LIMIT-9); a paint already made costs
   * none. Beyond it the board's page comes with its loading page (HTTP-6).
   */
  paintsPerMinute: number;
  /** A socket with more unsent bytes than this is disconnected instead of being sent more (LIMIT-4). */
  socketBacklogBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  opsPerSecond: 300,
  opsBurst: 600,
  connectionsPerAddress: 300,
  joinsPerMinute: 600,
  socketJoinBurst: 10,
  socketJoinsPerMinute: 30,
  boardsPerHour: 200,
  restWritesPerMinute: 120,
  restReadsPerMinute: 600,
  paintsPerMinute: 60,
  socketBacklogBytes: 8 * 1024 * 1024,
  ...DEFAULT_FAIR_SHARES,
};

export interface Config {
  port: number;
  host: string;
  /** The embedded SQLite file, used when no databaseUrl is set. */
  databasePath: string;
  /** postgres://… : the PostgreSQL store instead of SQLite (several processes can share it). */
  databaseUrl?: string;
  /** Pool size and timeouts of the PostgreSQL store (DATABASE_POOL_SIZE, DATABASE_*_TIMEOUT_MS). */
  postgres: PostgresPoolOptions;
  /** redis://… : Socket.IO's Redis Streams adapter carries broadcasts between processes. */
  redisUrl?: string;
  /** Reverse proxies besides loopback whose X-Forwarded-For names the client (LIMIT-6). */
  trustedProxies: string[];
  /** Other sites whose pages may join boards and write (NET-9); the board's own always may. */
  allowedOrigins: string[];
  /** Names this process in /api/health, so an operator sees which one answered. */
  instance: string;
  clientDir: string;
  publicUrl?: string;
  /** When set, creating a board needs it (X-Admin-Token); else anyone who reaches the server may. */
  adminToken?: string;
  /** When set, GET /metrics answers Prometheus with it as a bearer token (OBS-2); else there is no /metrics. */
  metricsToken?: string;
  /** smtp(s)://…: registrations are confirmed by mail (MAIL-1..3), from `smtpFrom`. */
  smtpUrl?: string;
  smtpFrom: string;
  /** Boards without a change for this many days end (BOARD_EXPIRY_DAYS, OPS-6); unset: boards stay. */
  boardExpiryDays?: number;
  /** The operator's imprint and privacy notice, linked in every page's footer (LEGAL-1). */
  imprintUrl?: string;
  privacyUrl?: string;
  limits: Limits;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not ${text}`);
  return value;
}

function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | undefined {
  const text = env[name];
  if (text === undefined || text === "") return undefined;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new Error(`${name} must be a URL (${protocols.join(" or ")}//…)`);
  }
  if (!protocols.includes(parsed.protocol)) throw new Error(`${name} must start with ${protocols.join(" or ")}//`);
  return text;
}

function proxies(text: string | undefined): string[] {
  const entries = (text ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (!proxyEntry(entry)) throw new Error(`TRUSTED_PROXIES takes addresses and subnets (10.0.0.0/8), not ${entry}`);
  }
  return entries;
}
function origins(text: string | undefined): string[] {
  return (text ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const origin = originOf(entry);
      if (!origin) throw new Error(`ALLOWED_ORIGINS takes origins (https://example.org), not ${entry}`);
      return origin;
    });
}

/** The name of this process when INSTANCE_NAME is not set. */
export const defaultInstance = () => `${hostname()}:${process.pid}`;

/** A token too short to resist guessing is a setup mistake, not a setting. */
function token(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const text = env[name];
  if (!text) return undefined;
  if (text.length < 16) throw new Error(`${name} must be at least 16 characters (openssl rand -base64 24)`);
  return text;
}

function wholeDays(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === "") return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of days, not ${text}`);
  return value;
}

/** Reads the environment; every setting has a default so `npm start` works as it is. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${env.PORT}`);
  const d = DEFAULT_LIMITS;
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    databasePath: resolve(env.DATABASE_PATH ?? "./data/themenwand.db"),
    databaseUrl: url(env, "DATABASE_URL", ["postgres:", "postgresql:"]),
    postgres: {
      poolSize: positive(env, "DATABASE_POOL_SIZE", POSTGRES_POOL_DEFAULTS.poolSize),
      connectTimeoutMs: positive(env, "DATABASE_CONNECT_TIMEOUT_MS", POSTGRES_POOL_DEFAULTS.connectTimeoutMs),
      queryTimeoutMs: positive(env, "DATABASE_QUERY_TIMEOUT_MS", POSTGRES_POOL_DEFAULTS.queryTimeoutMs),
    },
    redisUrl: url(env, "REDIS_URL", ["redis:", "rediss:"]),
    trustedProxies: proxies(env.TRUSTED_PROXIES),
    allowedOrigins: origins(env.ALLOWED_ORIGINS),
    instance: env.INSTANCE_NAME || defaultInstance(),
    clientDir: resolve(env.CLIENT_DIR ?? "./dist"),
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, "") || undefined,
    adminToken: token(env, "ADMIN_TOKEN"),
    metricsToken: token(env, "METRICS_TOKEN"),
    boardExpiryDays: wholeDays(env, "BOARD_EXPIRY_DAYS"),
    smtpUrl: url(env, "SMTP_URL", ["smtp:", "smtps:"]),
    smtpFrom: env.SMTP_FROM || "Themenwand <themenwand@localhost>",
    imprintUrl: url(env, "IMPRINT_URL", ["https:", "http:"]),
    privacyUrl: url(env, "PRIVACY_URL", ["https:", "http:"]),
    limits: {
      ...d,
      opsPerSecond: positive(env, "LIMIT_OPS_PER_SECOND", d.opsPerSecond),
      opsBurst: positive(env, "LIMIT_OPS_BURST", d.opsBurst),
      connectionsPerAddress: positive(env, "LIMIT_CONNECTIONS_PER_ADDRESS", d.connectionsPerAddress),
      joinsPerMinute: positive(env, "LIMIT_JOINS_PER_MINUTE", d.joinsPerMinute),
      boardsPerHour: positive(env, "LIMIT_BOARDS_PER_HOUR", d.boardsPerHour),
      restWritesPerMinute: positive(env, "LIMIT_REST_WRITES_PER_MINUTE", d.restWritesPerMinute),
      restReadsPerMinute: positive(env, "LIMIT_REST_READS_PER_MINUTE", d.restReadsPerMinute),
      paintsPerMinute: positive(env, "LIMIT_PAINTS_PER_MINUTE", d.paintsPerMinute),
      socketBacklogBytes: positive(env, "LIMIT_SOCKET_BACKLOG_MB", d.socketBacklogBytes / 1024 / 1024) * 1024 * 1024,
      openImpulsesPerAuthor: positive(env, "LIMIT_OPEN_IMPULSES_PER_AUTHOR", d.openImpulsesPerAuthor),
      registrationsPerMeetingPerAddress: positive(
        env,
        "LIMIT_REGISTRATIONS_PER_ADDRESS",
        d.registrationsPerMeetingPerAddress,
      ),
    },
  };
}
