import { useMemo } from "react";
import { type BoardState, cardsOf } from "../../../shared/boardState";
import { viewOf } from "../../../shared/core/recordView";
import { membersOf, type WorkingGroup } from "../../../shared/features/groups";
import type { Meeting } from "../../../shared/features/meetings";
import type { Column } from "../../../shared/model";
import { useI18n } from "../../i18n/I18nProvider";
import { cardsByColumnSelector } from "../board";
import { CardText, cardLabel } from "../topics";
import { FittedFocus } from "./FittedFocus";
import { FocusedCardList } from "./FocusedCardList";
import { useProjectorT } from "./useProjectorT";

/** PROJ-1: the column in focus, large, with its cards' words. */
export function FocusedColumn({ board, column }: { board: BoardState; column: Column }) {
  const t = useProjectorT();
  const selectCards = useMemo(() => cardsByColumnSelector(), []);
  const cards = selectCards(board).get(column.id) ?? [];
  return (
    <FittedFocus title={column.title} description={column.description}>
      {cards.length === 0 ? (
        <p>{t("projector.noCards")}</p>
      ) : (
        <FocusedCardList
          items={cards.map((card) => ({ id: card.id, content: <CardText content={card.content} asHeading={false} /> }))}
          itemTestId="projector-card"
        />
      )}
    </FittedFocus>
  );
}

/** PROJ-1: the working group in focus: name, description, conveners, how many joined, its topics. */
export function FocusedGroup({ board, group }: { board: BoardState; group: WorkingGroup }) {
  const t = useProjectorT();
  const members = membersOf(viewOf(board), group.id).length;
  const cards = cardsOf(board);
  const topics = group.topicCardIds.flatMap((cardId) => {
    const card = cards[cardId];
    return card ? [{ id: cardId, content: cardLabel(card.content) }] : [];
  });
  return (
    <FittedFocus title={group.name} description={group.description}>
      <p className="projector-focus-facts">
        {members === 1 ? t("projector.members.one") : t("projector.members", { count: members })}
        {group.conveners.length > 0 && ` · ${t("projector.conveners", { names: group.conveners.join(", ") })}`}
      </p>
      {topics.length > 0 && <FocusedCardList items={topics} />}
    </FittedFocus>
  );
}

/** PROJ-1: the meeting in focus: theme, when and where, how many registered (never its online link). */
export function FocusedMeeting({ meeting }: { meeting: Meeting }) {
  const t = useProjectorT();
  const { language } = useI18n();
  const date = new Date(`${meeting.date}T12:00:00Z`).toLocaleDateString(language, {
    timeZone: "UTC",
    dateStyle: "full",
  });
  return (
    <section className="projector-focus" aria-labelledby="projector-focus-title" data-testid="projector-focus">
      <h2 id="projector-focus-title" className="projector-focus-title projector-fit">
        {meeting.theme}
      </h2>
      <p className="projector-focus-facts">
        {t("projector.meeting.when", { date, start: meeting.startTime, end: meeting.endTime })}
        {meeting.place && ` · ${meeting.place}`}
      </p>
      {meeting.status === "cancelled" && <p className="projector-focus-facts">{t("projector.meeting.cancelled")}</p>}
      {meeting.description && <p className="projector-focus-description">{meeting.description}</p>}
      <p className="projector-focus-facts">{t("projector.meeting.registered", { count: meeting.registered })}</p>
    </section>
  );
}
