import type { ProgrammeEntry } from "../../../shared/features/impulses/agenda";
import type { Meeting } from "../../../shared/features/meetings/records";
import { CancelTalk } from "./CancelTalk";
import { MoveButtons } from "./MoveButtons";
import { MoveTalk } from "./MoveTalk";
import type { MeetingsContext } from "./meetingsContext";
import { useMeetingsT } from "./useMeetingsT";

type TalkEntry = Extract<ProgrammeEntry, { kind: "talk" }>;

/** IMP-3: a talk on the agenda with its start; moderators move it, cancel it, or mark it held (once begun). */
export function AgendaTalk({
  ctx,
  meeting,
  entry,
  first,
  last,
  begun,
  tool,
  onTool,
  onCloseTool,
  onMove,
}: {
  ctx: MeetingsContext;
  meeting: Meeting;
  entry: TalkEntry;
  first: boolean;
  last: boolean;
  /** MEET-11: "held" only once the meeting has begun (the server refuses it before). */
  begun: boolean;
  tool: "cancel" | "move" | null;
  onTool(kind: "cancel" | "move"): void;
  onCloseTool(kind: "cancel" | "move"): void;
  onMove(direction: -1 | 1): void;
}) {
  const t = useMeetingsT();
  const { impulse } = entry;
  const tools = ctx.moderator && impulse.status === "scheduled";
  return (
    <li
      className="agenda-item"
      data-testid="agenda-item"
      data-kind="talk"
      data-title={impulse.title}
      data-entry-id={impulse.id}
      data-impulse-id={impulse.id}
    >
      <span className="agenda-start" data-testid="agenda-start">
        {entry.start}
      </span>
      <span className="agenda-body">
        <strong>{impulse.title}</strong>{" "}
        <span>
          {impulse.organisation
            ? t("meetings.agenda.byWithOrg", { name: impulse.presenterName, organisation: impulse.organisation })
            : t("meetings.agenda.by", { name: impulse.presenterName })}
        </span>{" "}
        <span className="meeting-muted">{t("meetings.minutes", { minutes: impulse.minutes })}</span>
        {impulse.status === "held" && <span className="meeting-tag">{t("meetings.status.held")}</span>}
      </span>
      {tools && (
        <span className="agenda-tools">
          <MoveButtons title={impulse.title} first={first} last={last} onMove={onMove} />
          {begun && (
            <button
              type="button"
              className="button button-small"
              onClick={() => ctx.actions.submit({ type: "impulse.held", impulseId: impulse.id })}
            >
              {t("meetings.agenda.held")}
            </button>
          )}
          <button
            type="button"
            className="button button-small"
            aria-expanded={tool === "move"}
            data-move-impulse={impulse.id}
            onClick={() => onTool("move")}
          >
            {t("meetings.agenda.move")}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-expanded={tool === "cancel"}
            data-cancel-impulse={impulse.id}
            onClick={() => onTool("cancel")}
          >
            {t("meetings.agenda.cancel")}
          </button>
        </span>
      )}
      {tools && tool === "cancel" && <CancelTalk ctx={ctx} impulse={impulse} onDone={() => onCloseTool("cancel")} />}
      {tools && tool === "move" && (
        <MoveTalk ctx={ctx} impulse={impulse} from={meeting} onDone={() => onCloseTool("move")} />
      )}
    </li>
  );
}
