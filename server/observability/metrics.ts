import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** What the metrics read from the running server when they are scraped. */
export interface LiveCounts {
  connections(): number;
  boardsInUse(): number;
}

/**
 * OBS-2: the server's metrics in Prometheus' text format (prom-client), one registry per app. Ops are
 * counted by type and result, problems by code and channel; the op histogram measures from the op's
 * arrival to its answer (its commit and broadcast included). Labels are op types and problem codes,
 * never anything a person wrote or a board's id.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly ops = new Counter({
    name: "themenwand_ops_total",
    help: "Ops answered, by op type and result (ok or the problem's code).",
    labelNames: ["type", "result"] as const,
    registers: [this.registry],
  });
  private readonly opSeconds = new Histogram({
    name: "themenwand_op_seconds",
    help: "Time from an op's arrival to its answer (commit and broadcast included).",
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly problems = new Counter({
    name: "themenwand_problems_total",
    help: "Typed problems answered to a client, by code and channel (http or socket), op refusals included.",
    labelNames: ["code", "channel"] as const,
    registers: [this.registry],
  });

  constructor(live: LiveCounts) {
    new Gauge({
      name: "themenwand_connections",
      help: "Open Socket.IO connections to this process.",
      registers: [this.registry],
      collect() {
        this.set(live.connections());
      },
    });
    new Gauge({
      name: "themenwand_boards_in_use",
      help: "Boards with at least one browser joined to this process.",
      registers: [this.registry],
      collect() {
        this.set(live.boardsInUse());
      },
    });
  }

  /** Adds the process's own metrics: memory, CPU, and the event loop's delay (nodejs_eventloop_lag_*). */
  withProcessMetrics(): this {
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 10 });
    return this;
  }

  opAnswered(type: string, result: string, seconds: number): void {
    this.ops.inc({ type, result });
    this.opSeconds.observe(seconds);
  }

  problemAnswered(code: string, channel: "http" | "socket"): void {
    this.problems.inc({ code, channel });
  }
}
