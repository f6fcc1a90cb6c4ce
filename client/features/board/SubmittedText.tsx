import type { Op } from "../../../shared/ops";
import { useT } from "../../i18n/I18nProvider";
import { cardSubmittedText } from "../topics";

/** The words an op carried, as plain text; empty for ops without any. */
export function textOfOp(op: Op): string {
  switch (op.type) {
    case "card.add":
    case "card.edit":
      return cardSubmittedText(op.content);
    case "board.update":
      return [op.title, op.description].filter(Boolean).join("\n\n");
    case "column.rename":
      return op.title;
    case "column.add":
    case "column.update":
      return [op.title, op.description].filter(Boolean).join("\n\n");
    case "meeting.add":
    case "meeting.update":
      return [op.theme, op.description].filter(Boolean).join("\n\n");
    case "impulse.offer":
    case "impulse.edit":
      return [op.title, op.abstract, op.noteToModerators].filter(Boolean).join("\n\n");
    case "impulse.accept":
    case "impulse.decline":
    case "impulse.cancel":
      return op.note;
    case "meeting.document":
      return [op.text, op.link].filter(Boolean).join("\n\n");
    default:
      return "";
  }
}

/** Shows text that could not be saved, selectable for copying, so a refused change loses nothing. */
export function SubmittedText({ text }: { text: string }) {
  const t = useT();
  if (!text) return null;
  return (
    <div className="submitted-text">
      <p>{t("problem.yourText")}</p>
      <pre data-testid="submitted-text">{text}</pre>
    </div>
  );
}
