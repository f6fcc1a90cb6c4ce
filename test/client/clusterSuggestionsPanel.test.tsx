// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ClusterSuggestionsPanel } from "../../client/features/clusterSuggestions/ClusterSuggestionsPanel";
import { I18nProvider } from "../../client/i18n/I18nProvider";
import { columnsIn, createBoard, startTestServer, type TestServer } from "../helpers/testServer";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
  server.cleanup();
});
afterEach(cleanup);

const CARDS: [string, string, string][] = [
  ["card-umschulung", "Umschulung für Beschäftigte aus der Kohle", "Weiterbildung für Bergleute in neue Berufe."],
  [
    "card-weiterbild",
    "Weiterbildung für Beschäftigte der Kraftwerke",
    "Die Leute brauchen eine Umschulung für neue Berufe.",
  ],
  ["card-hundewiese", "Hundewiese im Stadtpark", ""],
];

/** A real board on a real server with three cards; the panel asks it as the page would. */
async function boardWithCards() {
  const board = await createBoard(server.url);
  const [column] = columnsIn(board.snapshot);
  for (const [cardId, title, body] of CARDS) {
    const response = await fetch(`${server.url}/api/boards/${board.boardId}/cards`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ columnId: column.id, cardId, content: { kind: "topic", title, body, link: null } }),
    });
    expect(response.status).toBe(201);
  }
  return board;
}

const titleOf = (cardId: string) => CARDS.find(([id]) => id === cardId)?.[1] ?? null;

describe("the suggestions' review panel (SUG-6)", () => {
  it("SUG-6 Accept hands the suggestion's cards and its edited title to onAccept, Merge the duplicate to onMerge", async () => {
    const { boardId, moderatorKey } = await boardWithCards();
    const accepted: [string[], string][] = [];
    const merged: [string, string][] = [];
    render(
      <I18nProvider language="de">
        <ClusterSuggestionsPanel
          boardId={boardId}
          moderatorKey={moderatorKey}
          apiBase={server.url}
          columns={[]}
          titleOf={titleOf}
          onAccept={(cardIds, label) => accepted.push([cardIds, label])}
          onMerge={(a, b) => merged.push([a, b])}
        />
      </I18nProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Cluster vorschlagen" })));
    const suggestion = await waitFor(() => screen.getByTestId("cluster-suggestion"));
    expect(
      within(suggestion)
        .getAllByTestId("cluster-suggestion-card")
        .map((item) => item.textContent),
    ).toEqual([CARDS[0][1], CARDS[1][1]]);
    fireEvent.change(within(suggestion).getByLabelText("Titel des Clusters"), {
      target: { value: "  Umschulung und Weiterbildung " },
    });
    fireEvent.click(within(suggestion).getByRole("button", { name: "Übernehmen" }));
    expect(accepted).toEqual([[["card-umschulung", "card-weiterbild"], "Umschulung und Weiterbildung"]]);
    expect(screen.queryByTestId("cluster-suggestion")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("Cluster „Umschulung und Weiterbildung“ übernommen.");

    const duplicate = screen.getByTestId("duplicate-suggestion");
    fireEvent.click(within(duplicate).getByRole("button", { name: "Zusammenführen" }));
    expect(merged).toEqual([["card-umschulung", "card-weiterbild"]]);
    expect(screen.getByTestId("cluster-suggestions-count").textContent).toBe("Alle Vorschläge sind bearbeitet.");
  });

  it("SUG-6 without the callbacks there is no Accept or Merge, only Reject and Not a duplicate", async () => {
    const { boardId, moderatorKey } = await boardWithCards();
    render(
      <I18nProvider language="de">
        <ClusterSuggestionsPanel
          boardId={boardId}
          moderatorKey={moderatorKey}
          apiBase={server.url}
          columns={[]}
          titleOf={titleOf}
        />
      </I18nProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Cluster vorschlagen" })));
    const suggestion = await waitFor(() => screen.getByTestId("cluster-suggestion"));
    expect(within(suggestion).queryByRole("button", { name: "Übernehmen" })).toBeNull();
    expect(within(suggestion).getByRole("button", { name: "Verwerfen" })).toBeTruthy();
    const duplicate = screen.getByTestId("duplicate-suggestion");
    expect(within(duplicate).queryByRole("button", { name: "Zusammenführen" })).toBeNull();
    fireEvent.click(within(duplicate).getByRole("button", { name: "Keine Doppelung" }));
    expect(screen.queryByTestId("duplicate-suggestion")).toBeNull();
  });

  it("SUG-6 a wrong moderator key shows that the suggestions could not be loaded", async () => {
    const { boardId } = await boardWithCards();
    render(
      <I18nProvider language="de">
        <ClusterSuggestionsPanel
          boardId={boardId}
          moderatorKey={"x".repeat(43)}
          apiBase={server.url}
          columns={[]}
          titleOf={titleOf}
        />
      </I18nProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Cluster vorschlagen" })));
    const alert = await waitFor(() => screen.getByRole("alert"));
    expect(alert.textContent).toBe("Die Vorschläge ließen sich nicht laden. Bitte versuche es noch einmal.");
  });
});
