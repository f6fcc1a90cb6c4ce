import { useId, useState } from "react";
import type { Card, Column } from "../../../shared/model";
import type { Op } from "../../../shared/ops";
import { Field } from "../../core/ui/Field";
import { useBoardUi } from "../board";
import type { ModerationTranslate } from "./useModerationT";
import { useModerationT } from "./useModerationT";

type Mode = "view" | "reject";

interface QueueItemProps {
  card: Card;
  label: string;
  text: string;
  column: string;
  submit(op: Op): void;
  t: ModerationTranslate;
}

/** Focuses the card in its column, where its own editor edits it (card.edit). */
function showCard(cardId: string) {
  const card = document.querySelector<HTMLElement>(`[data-testid="card"][data-card-id="${CSS.escape(cardId)}"]`);
  card?.scrollIntoView({ block: "center" });
  card?.focus();
}

/** One waiting card: approve it, go to it to edit it, or reject it with a reason for its author. */
function QueueItem({ card, label, text, column, submit, t }: QueueItemProps) {
  const [mode, setMode] = useState<Mode>("view");
  const [reason, setReason] = useState("");
  const names = { title: label };
  const author = card.authorName ?? t("moderation.queue.anonymous");
  return (
    <li className="queue-item" data-testid="queue-item" data-card-id={card.id}>
      <p className="queue-text">{text}</p>
      <p className="queue-meta">{t("moderation.queue.meta", { column, author })}</p>
      {mode === "view" ? (
        <div className="queue-actions">
          <button
            type="button"
            className="button button-primary"
            aria-label={t("moderation.approveCard", names)}
            data-testid="queue-approve"
            onClick={() => submit({ type: "moderation.approve", cardId: card.id })}
          >
            {t("moderation.approve")}
          </button>
          <button
            type="button"
            className="button"
            aria-label={t("moderation.editCard", names)}
            onClick={() => showCard(card.id)}
          >
            {t("moderation.edit")}
          </button>
          <button
            type="button"
            className="button"
            aria-label={t("moderation.rejectCard", names)}
            data-testid="queue-reject"
            onClick={() => setMode("reject")}
          >
            {t("moderation.reject")}
          </button>
        </div>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit({ type: "moderation.reject", cardId: card.id, reason: reason.trim() });
          }}
        >
          <Field label={t("moderation.reason")}>
            <textarea rows={2} value={reason} data-testid="queue-reason" onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="queue-actions">
            <button type="submit" className="button button-primary" data-testid="queue-reject-submit">
              {t("moderation.rejectSubmit")}
            </button>
            <button type="button" className="button" onClick={() => setMode("view")}>
              {t("moderation.cancel")}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

/** MOD-1: the live queue of waiting cards, oldest first. */
export function ReviewQueue({
  cards,
  columns,
  textOf,
  submit,
}: {
  cards: readonly Card[];
  columns: readonly Column[];
  textOf(card: Card): string;
  submit(op: Op): void;
}) {
  const ui = useBoardUi();
  const t = useModerationT();
  const headingId = useId();
  const titleOf = (columnId: string) => columns.find((column) => column.id === columnId)?.title ?? "";
  return (
    <section className="review-queue" aria-labelledby={headingId} data-testid="review-queue">
      <h3 id={headingId}>{t("moderation.queue", { count: cards.length })}</h3>
      {cards.length === 0 ? (
        <p className="queue-empty">{t("moderation.queue.empty")}</p>
      ) : (
        <ul className="queue-list">
          {cards.map((card) => (
            <QueueItem
              key={card.id}
              card={card}
              label={ui.cardLabel(card)}
              text={textOf(card)}
              column={titleOf(card.columnId)}
              submit={submit}
              t={t}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
