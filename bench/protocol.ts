/** Messages between the orchestrator (bench/run.ts) and its child processes, over Node's IPC channel. */

import type { BusinessCardText } from "../shared/features/networking/records";

export type ServerKind = "baseline" | "themenwand";

/** What a server process reports about itself: CPU time in microseconds, memory in bytes. */
export interface ServerStats {
  cpuMicros: number;
  rss: number;
  heapUsed: number;
  connections: number;
  /** Monotonic time (ms) at which the sample was taken, in the server process. */
  at: number;
}

/** Sent once by a server process when it listens. */
export interface ServerReady {
  type: "ready";
  port: number;
  /** The board (Themenwand) or room (baseline) every simulated participant joins. */
  boardId: string;
  columnId: string;
  /** The board's moderator key, where the server knows one (Themenwand). */
  moderatorKey?: string;
}

/** A seeded networking wall (`seed-wall`): its board, the page's own card, cards the benchmark may edit. */
export interface WallSeed {
  boardId: string;
  ownCardId: string;
  own: BusinessCardText;
  live: { cardId: string; authorToken: string; text: BusinessCardText; email: string | null }[];
}

export interface StepPlan {
  /** Offered op rate in ops per second, spread over the sending participants. */
  rate: number;
  durationMs: number;
  senders: number;
  /** Longest wait after sending stops for the last changes to arrive. */
  drainMs: number;
}

/** What the load generator measured for one step. */
export interface StepMeasure {
  opsSent: number;
  opsAcked: number;
  opsRejected: number;
  rejectReasons: Record<string, number>;
  /** Changes received by all clients while sending was on. */
  deliveredInWindow: number;
  deliveredTotal: number;
  /** Frames ('changes' events) received; fewer than deliveries when the server coalesces. */
  framesTotal: number;
  expectedDeliveries: number;
  windowMs: number;
  /** Ops not received by every client before the drain ended. */
  incompleteOps: number;
  /** Per op, the latency until the last other participant received it (ms). */
  lastRecipient: { p50: number | null; p99: number | null; max: number | null };
  /** Per delivery, the latency until that participant received it (ms). */
  perDelivery: { p50: number | null; p99: number | null };
  loadCpuMicros: number;
  /** Bytes of one change frame as sent, for comparing message sizes. */
  sampleFrameBytes: number;
}

export type ToLoad =
  | {
      type: "connect";
      id: number;
      /** Socket i connects to urls[i % urls.length]: several server processes share the participants. */
      urls: string[];
      kind: ServerKind;
      n: number;
      boardId: string;
      columnId: string;
    }
  | { type: "step"; id: number; plan: StepPlan; label: string }
  | { type: "close"; id: number };

export type FromLoad =
  | { type: "reply"; id: number; ok: true; value: unknown }
  | { type: "reply"; id: number; ok: false; error: string }
  | { type: "window-end"; label: string };

export type ToServer =
  | { type: "stats"; id: number; gc?: boolean }
  | { type: "reset"; id: number }
  | { type: "flush"; id: number }
  | { type: "seed"; id: number; cards: number; bodyWords?: number }
  | { type: "revision"; id: number }
  | { type: "snapshot-times"; id: number }
  | { type: "create-board"; id: number }
  | { type: "seed-wall"; id: number; cards: number; authorToken: string; live: number }
  | { type: "stop"; id: number };

export type FromServer = ServerReady | { type: "reply"; id: number; ok: boolean; value?: unknown; error?: string };
