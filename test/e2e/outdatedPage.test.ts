import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { PROTOCOL_VERSION } from "../../shared/core/protocol";
import { createBoard } from "../helpers/testServer";
import { addCard, cardByTitle, waitUntilOnline } from "./boardActions";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

describe.skipIf(!hasChromium)("pages of another protocol version than the server", () => {
  const session = browserSessionForThisFile();

  it("PROTO-1 UI-2 says a new version is there, offers a reload, and the reloaded page works", async () => {
    const { boardId, participantUrl } = await createBoard(session.server.url);
    await fetch(`${session.server.url}/api/boards/${boardId}/cards`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        columnId: (await (await fetch(`${session.server.url}/api/boards/${boardId}`)).json()).records.find(
          (record: { type: string }) => record.type === "column",
        ).id,
        content: { kind: "topic", title: "Schon da", body: "", link: null },
      }),
    });
    const { page } = await session.openBoard(participantUrl);
    // From now on the page speaks an older protocol: its joins claim version 1, as a page loaded
    // before an update would.
    let outdated = true;
    await page.routeWebSocket(/socket\.io/, (socket) => {
      const server = socket.connectToServer();
      socket.onMessage((message) => {
        const text = typeof message === "string" ? message : message.toString();
        server.send(outdated && text.includes('"board:join"') ? text.replace(/"protocol":\d+/, '"protocol":1') : text);
      });
      server.onMessage((message) => socket.send(message));
    });
    await page.reload();
    const failure = page.locator('[data-testid="board-failure"][data-code="outdated_client"]');
    await failure.waitFor({ timeout: 15_000 });
    await expect.poll(() => failure.getByRole("heading").textContent()).toBe("Neue Version der Themenwand");
    const accessibility = await new AxeBuilder({ page }).analyze();
    expect(accessibility.violations.map((violation) => violation.id)).toEqual([]);

    outdated = false;
    await failure.getByRole("button", { name: "Seite neu laden" }).click();
    await waitUntilOnline(page);
    await cardByTitle(page, "Schon da").waitFor();
  });

  it("PROTO-2 a page newer than the server (an update under way) joins and works instead of waiting", async () => {
    const { boardId, participantUrl } = await createBoard(session.server.url);
    const { page, context } = await session.openBoard(participantUrl);
    await context.routeWebSocket(/socket\.io/, (socket) => {
      const server = socket.connectToServer();
      socket.onMessage((message) => {
        const text = typeof message === "string" ? message : message.toString();
        server.send(
          text.includes('"board:join"') ? text.replace(/"protocol":\d+/, `"protocol":${PROTOCOL_VERSION + 1}`) : text,
        );
      });
      server.onMessage((message) => socket.send(message));
    });
    await page.reload();
    await waitUntilOnline(page);
    await addCard(page, 0, "Von der neueren Seite");
    await page.locator('[data-testid="pending-count"]').waitFor({ state: "detached" });
    const stored = await (await fetch(`${session.server.url}/api/boards/${boardId}`)).json();
    expect(
      stored.records
        .filter((record: { type: string }) => record.type === "card")
        .map((card: { content: { title: string } }) => card.content.title),
    ).toEqual(["Von der neueren Seite"]);
  });
});
