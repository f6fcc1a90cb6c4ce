import { describe, expect, it } from "vitest";
import type { BoardClientSocket } from "../../client/sync/socket";
import type { JoinResponse } from "../../shared/events";
import { connected, join, rawClient, waitFor } from "../helpers/clients";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

/** A tab: a socket that records every presence count it is told, joined with the browser's author token. */
async function tab(boardId: string, authorToken?: string) {
  const socket: BoardClientSocket = await connected(rawClient(server().url));
  const counts: number[] = [];
  socket.on("presence", ({ count }) => counts.push(count));
  const response = (await join(socket, { boardId, since: null, authorToken })) as Extract<JoinResponse, { ok: true }>;
  if (!response.ok) throw new Error("join refused");
  return { socket, counts, authorToken: response.authorToken };
}

describe("presence counts people, not tabs", () => {
  it("PRES-3 two tabs of one browser count as one person; another browser counts one more", async () => {
    const { boardId } = await createBoard(server().url);
    const other = await tab(boardId);
    const first = await tab(boardId);
    // A joiner is told the count before its join is answered (presence.tell), so its first count is the
    // board's count with it.
    expect(first.counts[0]).toBe(2);
    const second = await tab(boardId, first.authorToken);
    expect(second.counts[0]).toBe(2);
    const third = await tab(boardId, first.authorToken);
    expect(third.counts[0]).toBe(2);

    // The browser stays while one of its tabs does.
    first.socket.close();
    second.socket.close();
    const newcomer = await tab(boardId);
    expect(newcomer.counts[0]).toBe(3);
    third.socket.close();
    await waitFor(
      () => other.counts.at(-1) === 2 && newcomer.counts.at(-1) === 2,
      "the browser gone with its last tab",
    );
    other.socket.close();
    newcomer.socket.close();
  });
});
