// @vitest-environment jsdom
import { cleanup, render, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { MeetingsContext } from "../../client/features/meetings/meetingsContext";
import { MyImpulses } from "../../client/features/meetings/Offers";
import { I18nProvider } from "../../client/i18n/I18nProvider";
import { applyOp } from "../../shared/applyOp";
import { applyCommitted } from "../../shared/boardState";
import { viewOf } from "../../shared/core/recordView";
import { OpSchema } from "../../shared/ops";
import { alice, sampleState } from "../helpers/fixtures";

afterEach(cleanup);

function contextWithOffer(): MeetingsContext {
  const state = sampleState();
  const op = OpSchema.parse({
    type: "impulse.offer",
    impulseId: "imp-mine-0001",
    title: "Solardach",
    presenterName: "Alice Beispiel",
    contactEmail: "alice@example.org",
  });
  const outcome = applyOp(viewOf(state), op, alice, 1_000);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  const board = applyCommitted(state, outcome);
  return {
    board,
    view: viewOf(board),
    actor: alice,
    actions: { submit: () => undefined } as unknown as MeetingsContext["actions"],
    moderator: false,
    language: "de",
    today: "2026-12-06",
    labelOf: () => "",
  };
}

describe("one's own offers (MEET-UI-10)", () => {
  it("MEET-UI-10 the status of one's own offer is its own line, apart from its buttons, with words a screen reader can tell apart", () => {
    const ctx = contextWithOffer();
    const { getByTestId } = render(
      <I18nProvider language="de">
        <MyImpulses ctx={ctx} meetings={[]} />
      </I18nProvider>,
    );
    const offer = getByTestId("my-impulse");
    const status = within(offer).getByTestId("impulse-status");
    const buttons = within(offer).getAllByRole("button");
    expect(buttons.map((button) => button.textContent)).toEqual(["Bearbeiten", "Zurückziehen"]);
    // Before, title, status and buttons were inline siblings without a space: read as "angebotenBearbeiten".
    // The status sits in a paragraph of its own, the buttons in a group of their own after it.
    const statusLine = status.closest("p");
    expect(statusLine).not.toBeNull();
    expect(statusLine?.textContent).toBe("Solardach – angeboten");
    for (const button of buttons) {
      expect(statusLine?.contains(button)).toBe(false);
      expect(button.parentElement?.classList.contains("impulse-actions")).toBe(true);
    }
  });
});
