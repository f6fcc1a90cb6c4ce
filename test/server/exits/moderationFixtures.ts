import type { ModerationOp } from "../../../shared/features/moderation";
import type { OpOf } from "../../../shared/ops";
import { ON_BOARD } from "./boardUnderTest";
import type { Persona } from "./markers";
import type { FixtureContext, OpFixture } from "./opFixtures";

/**
 * VIS-8 for moderation (MOD-1..5): a waiting, rejected or hidden card's title is a marker for its
 * author and the moderators, a rejection's reason too, the word list's words the moderators', a hidden
 * name its author's alone. Every fixture leaves the board's settings as later fixtures need them:
 * approval off, names shown, locks and hiding on columns of its own only.
 */
const CARD_READERS: Persona[] = ["author", "moderator"];

async function newColumn({ board }: FixtureContext): Promise<string> {
  const columnId = board.id("column");
  await board.send("moderator", { type: "column.add", columnId, title: "Moderiert", description: "", rank: "m0" });
  return columnId;
}

function cardAdd(cardId: string, columnId: string, title: string, authorName = "Alice"): OpOf<"card.add"> {
  return {
    type: "card.add",
    cardId,
    columnId,
    rank: "a0",
    authorName,
    content: { kind: "topic", title, body: "", link: null },
  };
}

/** A card of the author's posted while approval is on: it waits. */
async function waitingCard(context: FixtureContext, readers: Persona[]): Promise<string> {
  const { board, mark } = context;
  const columnId = await newColumn(context);
  await board.send("moderator", { type: "moderation.approval", on: true });
  const cardId = board.id("card");
  await board.send("author", cardAdd(cardId, columnId, mark.text("waitingTitle", readers)));
  await board.send("moderator", { type: "moderation.approval", on: false });
  return cardId;
}

export const MODERATION_FIXTURES: { [T in ModerationOp["type"]]: OpFixture<T> } = {
  "moderation.approval": {
    by: "moderator",
    prepare: async (context) => {
      await waitingCard(context, CARD_READERS);
      await context.board.send("moderator", { type: "moderation.approval", on: true });
      return { type: "moderation.approval", on: false };
    },
  },
  "moderation.words": {
    by: "moderator",
    prepare: async ({ mark }) => ({ type: "moderation.words", words: [mark.text("word", ["moderator"])] }),
  },
  "moderation.hide": {
    by: "moderator",
    prepare: async (context) => {
      const hidden = await newColumn(context);
      await context.board.send("moderator", { type: "moderation.hide", columnId: hidden, hidden: true });
      const title = context.mark.text("hiddenTitle", CARD_READERS);
      await context.board.send("author", cardAdd(context.board.id("card"), hidden, title));
      return { type: "moderation.hide", columnId: await newColumn(context), hidden: true };
    },
  },
  "moderation.lock": {
    by: "moderator",
    prepare: async (context) => ({
      type: "moderation.lock",
      columnId: await newColumn(context),
      locked: true,
      lockAt: null,
    }),
  },
  "moderation.linksOnly": {
    // Switched off while off: switching it on would cut the plenary off this shared board (LINK-7 has its own test).
    by: "moderator",
    prepare: async () => ({ type: "moderation.linksOnly", on: false }),
  },
  "moderation.names": {
    // Hidden while the card lived: its name reached its author alone. Names are shown again afterwards.
    by: "moderator",
    prepare: async (context) => {
      const { board, mark } = context;
      const columnId = await newColumn(context);
      await board.send("moderator", { type: "moderation.names", shown: false });
      const cardId = board.id("card");
      await board.send("author", cardAdd(cardId, columnId, "Radwege", mark.text("authorName", ["author"])));
      await board.send("author", { type: "card.remove", cardId });
      return { type: "moderation.names", shown: true };
    },
  },
  "moderation.approve": {
    // The approved card becomes everyone's; another still waiting stays its author's and the moderators'.
    by: "moderator",
    prepare: async (context) => {
      await waitingCard(context, CARD_READERS);
      return { type: "moderation.approve", cardId: await waitingCard(context, ON_BOARD) };
    },
  },
  "moderation.reject": {
    by: "moderator",
    prepare: async (context) => ({
      type: "moderation.reject",
      cardId: await waitingCard(context, CARD_READERS),
      reason: context.mark.text("rejectReason", CARD_READERS),
    }),
  },
};
