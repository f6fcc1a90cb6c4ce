import { useId, useMemo, useState } from "react";
import { boardOf, cardsOf, columnsOf } from "../../../shared/boardState";
import { isAuthorOf } from "../../../shared/core/authorTags";
import { LIMITS } from "../../../shared/limits";
import type { Card } from "../../../shared/model";
import type { Op } from "../../../shared/ops";
import { AppBar } from "../../core/ui/AppBar";
import type { MessageKey } from "../../i18n/messages";
import { browserStorage } from "../../sync/storage";
import { useBoardSync } from "../../sync/useBoardSync";
import { createBoardActions, ProblemAlerts, sortedColumns } from "../board";
import { CardText, cardLabel } from "../topics";
import { takeLinkKey } from "./linkSecret";
import "./links.css";
import { type LinksTranslate, useLinksT } from "./useLinksT";

const byNewest = (a: Card, b: Card) => b.createdAt - a.createdAt || a.id.localeCompare(b.id);

/**
 * LINK-1, LINK-3: the page a special link opens. It joins with the link's key, so the server sends
 * only what the link opens: a submitter's page shows the board, its columns to post into and their
 * own cards (and says that others' posts are not shown); a small group's page its one column.
 */
export function LinkHolderPage({
  boardId,
  linkId,
  labelOf,
  textOf,
}: {
  boardId: string;
  linkId: string;
  /** How a refused op is named and what it said (the app's list of features: client/features/index.ts). */
  labelOf(op: Op): MessageKey;
  textOf(op: Op): string;
}) {
  const t = useLinksT();
  const [linkKey] = useState(() => takeLinkKey(browserStorage(), boardId, linkId));
  const { state, actions } = useBoardSync(boardId, null, createBoardActions, undefined, linkKey ?? undefined);
  const board = state.board;
  const meta = board ? boardOf(board) : undefined;
  const columns = useMemo(() => (board ? sortedColumns(columnsOf(board)) : []), [board]);
  const cards = useMemo(() => (board ? Object.values(cardsOf(board)).sort(byNewest) : []), [board]);
  const scope = state.scope;

  let body: React.ReactNode;
  if (!linkKey || state.status === "failed") {
    body = (
      <p role="alert" data-testid="holder-gone">
        {t("holder.gone")}
      </p>
    );
  } else if (!meta || !scope || !actions) {
    body = <p>{t("holder.loading")}</p>;
  } else if (scope.kind === "submission") {
    body = (
      <>
        <p className="holder-note" data-testid="holder-note">
          {t("holder.submission.note")}
        </p>
        <PostForm t={t} columns={columns} onPost={(columnId, title, text) => post(columnId, title, text)} />
        <CardList
          t={t}
          heading={t("holder.own")}
          empty={t("holder.own.empty")}
          cards={cards}
          authorId={state.authorId}
          onRemove={actions.removeCard}
        />
      </>
    );
  } else {
    const column = columns.find((each) => each.id === scope.columnId);
    body = column ? (
      <>
        <p className="holder-note" data-testid="holder-note">
          {t("holder.group.note", { column: column.title })}
        </p>
        <PostForm t={t} columns={[column]} onPost={(columnId, title, text) => post(columnId, title, text)} />
        <CardList
          t={t}
          heading={t("holder.cards", { column: column.title })}
          empty={t("holder.cards.empty")}
          cards={cards.filter((card) => card.columnId === column.id)}
          authorId={state.authorId}
          onRemove={actions.removeCard}
        />
      </>
    ) : (
      <p>{t("holder.noColumn")}</p>
    );
  }

  function post(columnId: string, title: string, text: string) {
    actions?.addCard(columnId, null, { kind: "topic", title, body: text, link: null });
  }

  return (
    <>
      <header>
        <AppBar />
      </header>
      <main className="holder-page" data-testid="link-holder-page" data-scope={scope?.kind ?? ""}>
        <header>
          <h1>{meta?.title ?? ""}</h1>
          {meta?.description && <p>{meta.description}</p>}
        </header>
        {actions && state.problems.length > 0 && (
          <ProblemAlerts
            problems={state.problems}
            onDismiss={actions.dismissProblem}
            labelOf={labelOf}
            textOf={textOf}
            orphanDrafts={[]}
            repostColumn={null}
            onRepost={() => undefined}
            onDiscardDraft={() => undefined}
          />
        )}
        {body}
      </main>
    </>
  );
}

function PostForm({
  t,
  columns,
  onPost,
}: {
  t: LinksTranslate;
  columns: { id: string; title: string }[];
  onPost(columnId: string, title: string, text: string): void;
}) {
  const [columnId, setColumnId] = useState("");
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [sent, setSent] = useState(false);
  const ids = { heading: useId(), column: useId(), title: useId(), text: useId() };
  const chosen = columns.some((column) => column.id === columnId) ? columnId : (columns[0]?.id ?? "");
  return (
    <section aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t("holder.post")}</h2>
      <form
        className="holder-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!chosen || title.trim() === "") return;
          onPost(chosen, title.trim(), text.trim());
          setTitle("");
          setText("");
          setSent(true);
        }}
      >
        {columns.length > 1 && (
          <>
            <label htmlFor={ids.column}>{t("holder.post.column")}</label>
            <select
              id={ids.column}
              value={chosen}
              data-testid="holder-column"
              onChange={(event) => setColumnId(event.target.value)}
            >
              {columns.map((column) => (
                <option key={column.id} value={column.id}>
                  {column.title}
                </option>
              ))}
            </select>
          </>
        )}
        <label htmlFor={ids.title}>{t("holder.post.title")}</label>
        <input
          id={ids.title}
          value={title}
          required
          maxLength={LIMITS.cardTitle}
          data-testid="holder-title"
          onChange={(event) => {
            setTitle(event.target.value);
            setSent(false);
          }}
        />
        <label htmlFor={ids.text}>{t("holder.post.body")}</label>
        <textarea
          id={ids.text}
          value={text}
          rows={3}
          data-testid="holder-body"
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button" data-testid="holder-post">
          {t("holder.post.send")}
        </button>
        <output aria-live="polite">{sent ? t("holder.post.sent") : ""}</output>
      </form>
    </section>
  );
}

function CardList({
  t,
  heading,
  empty,
  cards,
  authorId,
  onRemove,
}: {
  t: LinksTranslate;
  heading: string;
  empty: string;
  cards: Card[];
  authorId: string | null;
  onRemove(cardId: string): void;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {cards.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="holder-cards" data-testid="holder-cards">
          {cards.map((card) => (
            <li key={card.id} className="holder-card" data-testid="holder-card">
              <CardText content={card.content} />
              {isAuthorOf(card, authorId) && (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t("holder.removeNamed", { title: cardLabel(card.content) })}
                  onClick={() => onRemove(card.id)}
                >
                  {t("holder.remove")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
