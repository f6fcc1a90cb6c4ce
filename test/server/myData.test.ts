import { describe, expect, it } from "vitest";
import { newId } from "../../shared/ids";
import type { Op } from "../../shared/ops";
import { businessCardOp } from "../helpers/businessCards";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { addCardOp, meetingAddOp } from "../helpers/fixtures";
import { columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

async function member(boardId: string, moderatorKey?: string) {
  const socket = await connected(rawClient(server().url));
  const joined = await join(socket, { boardId, since: null, moderatorKey });
  if (!joined.ok) throw new Error("join failed");
  const send = async (op: Op) => expect(await sendOp(socket, newId(), op)).toMatchObject({ ok: true });
  return { socket, token: joined.authorToken, send };
}

const myData = (boardId: string, headers: Record<string, string> = {}) =>
  fetch(`${server().url}/api/boards/${boardId}/my-data.json`, { headers });

describe("one's own data (DATA-1)", () => {
  it("DATA-1 a person downloads everything they wrote on a board, private fields included, and nothing of anyone else's", async () => {
    const { boardId, moderatorKey, snapshot } = await createBoard(server().url);
    const columnId = columnsIn(snapshot)[0].id;
    const moderator = await member(boardId, moderatorKey);
    const anna = await member(boardId);
    const ben = await member(boardId);
    await moderator.send(meetingAddOp({ meetingId: "meet-mydata-1" }));
    await anna.send({ ...addCardOp("card-anna-0001", columnId, "a0"), authorName: "Anna" });
    await ben.send({ ...addCardOp("card-ben-00001", columnId, "a1"), authorName: "Ben" });
    await anna.send({
      type: "registration.add",
      registrationId: "reg-anna-0001",
      meetingId: "meet-mydata-1",
      name: "Anna",
      email: "anna-private@example.org",
    });
    await anna.send(
      businessCardOp({
        cardId: "bcard-anna-001",
        name: "Anna",
        contact: { email: null, phone: { value: "+49 171 000000", visibility: "nobody" }, website: null },
        consent: { text: "Ja", given: true },
        editKeyHash: "ab".repeat(32),
      }),
    );
    await moderator.send({ type: "likes.configure", enabled: true });
    await anna.send({ type: "like.add", likeId: "like-anna-0001", cardId: "card-ben-00001" });

    const answer = await myData(boardId, { "X-Author-Token": anna.token });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("private, no-store");
    const data = (await answer.json()) as { format: string; records: { type: string; id: string }[] };
    expect(data.format).toBe("themenwand-my-data");
    expect(data.records.map((record) => `${record.type}:${record.id}`).sort()).toEqual([
      "businessCard:bcard-anna-001",
      "card:card-anna-0001",
      "like:like-anna-0001",
      "registration:reg-anna-0001",
    ]);
    const text = JSON.stringify(data);
    expect(text).toContain("anna-private@example.org");
    expect(text).toContain("+49 171 000000");
    expect(text).not.toContain("editKeyHash");
    // Ben's data has none of Anna's.
    const bens = await (await myData(boardId, { "X-Author-Token": ben.token })).text();
    expect(bens).toContain("card-ben-00001");
    expect(bens).not.toContain("anna");
    // Without one's token there is nothing of one's own to give.
    expect((await myData(boardId)).status).toBe(403);
    expect((await myData("no-such-board-0001", { "X-Author-Token": anna.token })).status).toBe(404);
    for (const each of [moderator, anna, ben]) each.socket.close();
  });
});
