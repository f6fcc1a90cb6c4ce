import { describe, expect, it } from "vitest";
import { BoardSync } from "../../client/sync/BoardSync";
import type { BoardClientSocket } from "../../client/sync/socket";
import { memoryStorage } from "../../client/sync/storage";
import type { Committed } from "../../shared/changes";
import { cardsOf, connected, join, rawClient, sendOp, waitFor, waitForState } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

type Listener = (...args: never[]) => void;

/**
 * A real socket whose `changes` frames pass through `reorder` before the sync engine sees them, as
 * frames relayed by several server processes may arrive (SCALE-4). Counts the engine's joins.
 */
function reorderingSocket(socket: BoardClientSocket, reorder: (frame: Committed[], deliver: () => void) => void) {
  const wrapped = new Map<Listener, Listener>();
  let joins = 0;
  const proxy = new Proxy(socket, {
    get(target, property) {
      if (property === "on" || property === "off") {
        return (event: string, listener: Listener) => {
          if (event !== "changes") return (target[property] as (e: string, l: Listener) => unknown)(event, listener);
          if (property === "on") {
            const delayed = ((frame: Committed[]) =>
              reorder(frame, () => listener(...([frame] as never[])))) as Listener;
            wrapped.set(listener, delayed);
            return target.on("changes", delayed as never);
          }
          return target.off("changes", wrapped.get(listener) as never);
        };
      }
      if (property === "emit") {
        return (event: string, ...args: unknown[]) => {
          if (event === "board:join") joins++;
          return (target.emit as (e: string, ...a: unknown[]) => unknown)(event, ...args);
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { socket: proxy, joins: () => joins };
}

async function watcherOn(boardId: string, reorder: (frame: Committed[], deliver: () => void) => void) {
  const { socket, joins } = reorderingSocket(rawClient(server().url), reorder);
  const sync = new BoardSync({ socket, boardId, storage: memoryStorage(), apiBase: server().url });
  await waitForState(sync, (state) => state.status === "online", "online");
  const close = () => {
    sync.stop();
    socket.close();
  };
  return { sync, joins, close };
}

async function postCards(url: string, boardId: string, columnId: string, count: number) {
  const poster = await connected(rawClient(url));
  await join(poster, { boardId, since: null });
  for (let index = 0; index < count; index++) {
    const answer = await sendOp(poster, `op-order-${index}`, addCardOp(`card-order-${index}`, columnId, `a${index}`));
    expect(answer.ok).toBe(true);
  }
  return poster;
}

describe("frames out of revision order (SCALE-4)", () => {
  it("SCALE-4 holds a frame that is ahead of its revision until the missing one arrives, without a resync", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const columnId = snapshot.records.find((record) => record.type === "column")?.id as string;
    // Every odd revision arrives 150 ms late: its successor comes first.
    const watcher = await watcherOn(boardId, (frame, deliver) => {
      if (frame.some((change) => change.revision % 2 === 1)) setTimeout(deliver, 150);
      else deliver();
    });
    const poster = await postCards(server().url, boardId, columnId, 6);
    await waitForState(watcher.sync, (state) => state.revision === 6, "all six changes");
    expect(cardsOf(watcher.sync)).toHaveLength(6);
    expect(watcher.joins()).toBe(1);
    poster.close();
    watcher.close();
  });

  it("SCALE-4 resyncs once the missing frame has not come within the wait, and converges", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const columnId = snapshot.records.find((record) => record.type === "column")?.id as string;
    // Revision 2 is lost on its way; revision 3 shows the gap.
    const watcher = await watcherOn(boardId, (frame, deliver) => {
      if (!frame.some((change) => change.revision === 2)) deliver();
    });
    const started = Date.now();
    const poster = await postCards(server().url, boardId, columnId, 3);
    await waitForState(watcher.sync, (state) => state.revision === 3, "revision 3 after a resync");
    expect(watcher.joins()).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    await waitFor(() => cardsOf(watcher.sync).length === 3, "three cards");
    poster.close();
    watcher.close();
  });
});
