import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { meetingAddOp } from "../helpers/fixtures";
import { createBoard, serverForThisFile } from "../helpers/testServer";

/** A GET with a Host header of our choosing (fetch will not send one). */
function getWithHost(url: string, host: string): Promise<{ text: string; cacheControl: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        text += chunk;
      });
      res.on("end", () => resolve({ text, cacheControl: res.headers["cache-control"] }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function boardWithMeeting(url: string) {
  const { boardId, moderatorKey } = await createBoard(url, "empty", "Stammtisch");
  const socket = await connected(rawClient(url));
  await join(socket, { boardId, since: null, moderatorKey });
  expect(await sendOp(socket, "op-host-0001", meetingAddOp({ meetingId: "meet-host-01" }))).toMatchObject({ ok: true });
  socket.close();
  return boardId;
}

const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("public calendars reflect nothing from the request (MEET-10)", () => {
  const plain = serverForThisFile();
  const published = serverForThisFile({ publicUrl: "https://wand.example.org" });

  it("MEET-10 without PUBLIC_URL the public feed and file name no host at all, whatever Host says, and stay publicly cacheable", async () => {
    const { url } = plain();
    const boardId = await boardWithMeeting(url);
    for (const path of [`/api/boards/${boardId}/meetings.ics`, `/api/boards/${boardId}/meetings/meet-host-01.ics`]) {
      const { text, cacheControl } = await getWithHost(`${url}${path}`, "evil.example");
      expect(text).toContain("BEGIN:VEVENT");
      expect(unfolded(text)).not.toContain("evil.example");
      expect(unfolded(text)).not.toMatch(/^URL/m);
      expect(cacheControl).toMatch(/^public/);
    }
  });

  it("MEET-10 with PUBLIC_URL the public feed links the board there, never the request's Host", async () => {
    const { url } = published();
    const boardId = await boardWithMeeting(url);
    const { text, cacheControl } = await getWithHost(`${url}/api/boards/${boardId}/meetings.ics`, "evil.example");
    expect(unfolded(text)).not.toContain("evil.example");
    expect(unfolded(text)).toContain(`https://wand.example.org/b/${boardId}`);
    expect(cacheControl).toMatch(/^public/);
  });
});
