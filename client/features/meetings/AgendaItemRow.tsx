import type { ProgrammeEntry } from "../../../shared/features/impulses/agenda";
import type { Meeting } from "../../../shared/features/meetings/records";
import { AgendaItemForm } from "./AgendaItemForm";
import { MoveButtons } from "./MoveButtons";
import type { MeetingsContext } from "./meetingsContext";
import { useMeetingsT } from "./useMeetingsT";

type ItemEntry = Extract<ProgrammeEntry, { kind: "item" }>;

/** AGENDA-1: a welcome, break or closing round on the agenda, with its start and minutes; moderators change it. */
export function AgendaItemRow({
  ctx,
  meeting,
  programme,
  entry,
  first,
  last,
  editing,
  onEdit,
  onEditDone,
  onRemove,
  onMove,
}: {
  ctx: MeetingsContext;
  meeting: Meeting;
  programme: readonly ProgrammeEntry[];
  entry: ItemEntry;
  first: boolean;
  last: boolean;
  editing: boolean;
  onEdit(): void;
  onEditDone(): void;
  onRemove(): void;
  onMove(direction: -1 | 1): void;
}) {
  const t = useMeetingsT();
  const { item } = entry;
  const tools = ctx.moderator && meeting.status !== "cancelled";
  return (
    <li
      className={`agenda-item agenda-item-${item.kind}`}
      data-testid="agenda-item"
      data-kind={item.kind}
      data-title={item.title}
      data-entry-id={item.id}
    >
      <span className="agenda-start" data-testid="agenda-start">
        {entry.start}
      </span>
      <span className="agenda-body">
        <strong>{item.title}</strong>{" "}
        <span className="meeting-muted">{t("meetings.minutes", { minutes: item.minutes })}</span>
      </span>
      {tools && !editing && (
        <span className="agenda-tools">
          <MoveButtons title={item.title} first={first} last={last} onMove={onMove} />
          <button
            type="button"
            className="button button-small"
            aria-label={t("meetings.agendaItem.editLabel", { title: item.title })}
            data-edit-item={item.id}
            onClick={onEdit}
          >
            {t("meetings.agendaItem.edit")}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-label={t("meetings.agendaItem.removeLabel", { title: item.title })}
            onClick={onRemove}
          >
            {t("meetings.agendaItem.remove")}
          </button>
        </span>
      )}
      {tools && editing && (
        <AgendaItemForm ctx={ctx} meeting={meeting} programme={programme} item={item} onDone={onEditDone} />
      )}
    </li>
  );
}
