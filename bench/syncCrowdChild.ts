import { serveRequests } from "./child";
import { SyncCrowd } from "./syncCrowd";

/**
 * A process of simulated participants (bench/syncCrowd.ts), driven over IPC by the reconnect storm
 * and the soak, so that the clients' work does not share an event loop with the measuring side.
 */
let crowd: SyncCrowd | null = null;
let writing: ReturnType<typeof setInterval> | null = null;

function theCrowd(): SyncCrowd {
  if (!crowd) throw new Error("no crowd yet: send open first");
  return crowd;
}

serveRequests(async (message) => {
  switch (message.type) {
    case "open":
      crowd = new SyncCrowd(String(message.url), String(message.boardId), Number(message.addresses));
      return null;
    case "join":
      return theCrowd().join(Number(message.count), Number(message.timeoutMs ?? 60_000));
    case "leave":
      return theCrowd().leave(Number(message.count), Number(message.keep));
    case "write": {
      // `rate` ops per second in all, spread over the first `writers` members.
      if (writing) clearInterval(writing);
      writing = null;
      const rate = Number(message.rate);
      if (rate <= 0) return null;
      const writers = Number(message.writers);
      const columnIds = message.columnIds as string[];
      let step = 0;
      const started = performance.now();
      writing = setInterval(() => {
        const due = Math.floor((rate * (performance.now() - started)) / 1000);
        for (; step < due; step++) theCrowd().write(step % writers, columnIds, step);
      }, 20);
      return null;
    }
    case "writes":
      return theCrowd().writes();
    case "mark-storm":
      theCrowd().markStorm();
      return null;
    case "storm":
      return theCrowd().storm();
    case "census":
      return theCrowd().census(message.cardIds as string[] | undefined);
    case "settled":
      return theCrowd().settled(Number(message.revision), Number(message.timeoutMs));
    case "stop":
      if (writing) clearInterval(writing);
      crowd?.close();
      setImmediate(() => process.exit(0));
      return null;
    default:
      throw new Error(`sync crowd cannot ${message.type}`);
  }
});
process.on("disconnect", () => process.exit(0));
