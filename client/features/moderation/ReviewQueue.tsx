import { useId, useState } from "react";
import type { Card, Column } from "../../../shared/model";
import type { Op } from "../../../shared/ops";
import { Field } from "../../core/ui/Field";
import type { ModerationTranslate } from "./useModerationT";
import { useModerationT } from "./useModerationT";

type Mode = "view" | "edit" | "reject";

/** One waiting card: approve it, edit it (card.edit), or reject it with a reason for its author. */
function QueueItem({
  card,
  column,
  submit,
  t,
}: {
  card: Card;
  column: string;
  submit(op: Op): void;
  t: ModerationTranslate;
}) {
  const [mode, setMode] = useState<Mode>("view");
  const [reason, setReason] = useState("");
  const [title, setTitle] = useState(card.content.title);
  const [body, setBody] = useState(card.content.body);
  const names = { title: card.content.title };
  const author = card.authorName ?? t("moderation.queue.anonymous");
  return (
    <li className="queue-item" data-testid="queue-item" data-card-id={card.id}>
      <p className="queue-title">{card.content.title}</p>
      {card.content.body && <p className="queue-body">{card.content.body}</p>}
      <p className="queue-meta">{t("moderation.queue.meta", { column, author })}</p>
      {mode === "view" && (
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
            onClick={() => setMode("edit")}
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
      )}
      {mode === "reject" && (
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
      {mode === "edit" && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!title.trim()) return;
            const content = { ...card.content, title: title.trim(), body };
            submit({ type: "card.edit", cardId: card.id, baseVersion: card.version, content });
            setMode("view");
          }}
        >
          <Field label={t("moderation.cardTitle")}>
            <input value={title} required onChange={(event) => setTitle(event.target.value)} />
          </Field>
          <Field label={t("moderation.cardBody")}>
            <textarea rows={3} value={body} onChange={(event) => setBody(event.target.value)} />
          </Field>
          <div className="queue-actions">
            <button type="submit" className="button button-primary">
              {t("moderation.save")}
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
  submit,
}: {
  cards: readonly Card[];
  columns: readonly Column[];
  submit(op: Op): void;
}) {
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
            <QueueItem key={card.id} card={card} column={titleOf(card.columnId)} submit={submit} t={t} />
          ))}
        </ul>
      )}
    </section>
  );
}
