import { useState } from "react";
import type { BoardState } from "../../../shared/boardState";
import type { Op } from "../../../shared/ops";
import { Field } from "../../core/ui/Field";
import { wordListOf } from "./selectors";
import { useModerationT } from "./useModerationT";

/** MOD-2: the board's word list, one entry a line; saved as a whole. */
export function WordList({ board, submit }: { board: BoardState; submit(op: Op): void }) {
  const t = useModerationT();
  const saved = wordListOf(board).join("\n");
  const [text, setText] = useState<string | null>(null);
  return (
    <form
      className="moderation-group"
      onSubmit={(event) => {
        event.preventDefault();
        const words = (text ?? saved)
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean);
        submit({ type: "moderation.words", words });
        setText(null);
      }}
    >
      <Field label={t("moderation.words")} hint={t("moderation.wordsHint")}>
        <textarea
          rows={4}
          value={text ?? saved}
          data-testid="moderation-words"
          onChange={(event) => setText(event.target.value)}
        />
      </Field>
      <button type="submit" className="button">
        {t("moderation.wordsSave")}
      </button>
    </form>
  );
}
