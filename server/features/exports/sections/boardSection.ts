import { mdLine, mdLines } from "../markdownText";
import { berlinDateTime } from "../words";
import type { MinutesSection } from "./section";

/** The minutes' head: the board's title, its description, when and at which revision they were made. */
export const boardSection: MinutesSection = {
  name: "board",
  markdown({ board, words, language, exportedAt, revision }) {
    const title = mdLine(board.title) || "Themenwand";
    const description = mdLines(board.description);
    const stamp = `*${words.exportedAt} ${berlinDateTime(exportedAt, language)} · ${words.revision} ${revision}*`;
    return [`# ${title}`, ...(description ? [description] : []), stamp].join("\n\n");
  },
};
