import { useId, useLayoutEffect, useRef, useState } from "react";
import { agendaOf } from "../../../shared/features/impulses/agenda";
import type { Impulse } from "../../../shared/features/impulses/records";
import { meetingHasBegun } from "../../../shared/features/meetings/days";
import type { Meeting } from "../../../shared/features/meetings/records";
import { IconButton } from "../../core/ui/IconButton";
import { MoveTalk } from "./MoveTalk";
import type { MeetingsContext } from "./meetingsContext";
import { rankForMove } from "./schedule";
import { useMeetingsT } from "./useMeetingsT";

/** IMP-3: a meeting's agenda with each talk's start; moderators reorder, cancel and mark talks held. */
export function Agenda({ ctx, meeting }: { ctx: MeetingsContext; meeting: Meeting }) {
  const t = useMeetingsT();
  const listRef = useRef<HTMLOListElement>(null);
  const [announcement, setAnnouncement] = useState("");
  // The talk whose cancel or move tools are open, if any.
  const [tool, setTool] = useState<{ impulseId: string; kind: "cancel" | "move" } | null>(null);
  const toggleTool = (impulseId: string, kind: "cancel" | "move") =>
    setTool(tool?.impulseId === impulseId && tool.kind === kind ? null : { impulseId, kind });
  const closeTool = (impulseId: string, kind: "cancel" | "move") => {
    setTool(null);
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLElement>(`[data-${kind}-impulse="${impulseId}"]`)?.focus(),
    );
  };
  // The button that moved a talk gets the focus back once the talk shows at its new place (React may
  // move its element, which takes the focus away); only then, or never if it takes too long.
  const keepFocus = useRef<{ id: string; direction: string; index: number; since: number } | null>(null);
  useLayoutEffect(() => {
    const wanted = keepFocus.current;
    if (!wanted) return;
    const items = [...(listRef.current?.querySelectorAll<HTMLElement>("[data-impulse-id]") ?? [])];
    const item = items.findIndex((element) => element.dataset.impulseId === wanted.id);
    if (Date.now() - wanted.since > 3_000) keepFocus.current = null;
    if (item !== wanted.index) return;
    keepFocus.current = null;
    items[item].querySelector<HTMLElement>(`[data-focus="${wanted.direction}"]`)?.focus();
    // Said once the talk shows at its new place, with the start it has there.
    const moved = agendaOf(ctx.view, meeting)[item];
    if (moved) {
      setAnnouncement(
        t(wanted.direction === "up" ? "meetings.agenda.movedUp" : "meetings.agenda.movedDown", {
          title: moved.impulse.title,
          start: moved.start,
        }),
      );
    }
  });
  const agenda = agendaOf(ctx.view, meeting);
  // MEET-11: "held" only once the meeting has begun (the server refuses it before).
  const begun = meetingHasBegun(meeting, Date.now());
  const impulses = agenda.map((item) => item.impulse);
  const live = (
    <p className="visually-hidden" aria-live="polite" data-testid="agenda-announcer">
      {announcement}
    </p>
  );
  if (agenda.length === 0)
    return (
      <>
        <p className="meeting-muted">{t("meetings.agendaEmpty")}</p>
        {live}
      </>
    );
  const move = (index: number, direction: -1 | 1) => {
    const rank = rankForMove(impulses, index, direction);
    if (rank === null) return;
    const focus = direction < 0 ? "up" : "down";
    keepFocus.current = { id: impulses[index].id, direction: focus, index: index + direction, since: Date.now() };
    ctx.actions.submit({ type: "impulse.schedule", impulseId: impulses[index].id, meetingId: meeting.id, rank });
  };
  return (
    <>
      <ol ref={listRef} className="agenda" data-testid="agenda">
        {agenda.map(({ impulse, start }, index) => (
          <li
            key={impulse.id}
            className="agenda-item"
            data-testid="agenda-item"
            data-title={impulse.title}
            data-impulse-id={impulse.id}
          >
            <span className="agenda-start" data-testid="agenda-start">
              {start}
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
            {ctx.moderator && impulse.status === "scheduled" && (
              <span className="agenda-tools">
                <IconButton
                  icon="up"
                  label={t("meetings.agenda.up", { title: impulse.title })}
                  data-focus="up"
                  aria-disabled={index === 0 ? true : undefined}
                  onClick={() => move(index, -1)}
                />
                <IconButton
                  icon="down"
                  label={t("meetings.agenda.down", { title: impulse.title })}
                  data-focus="down"
                  aria-disabled={index === agenda.length - 1 ? true : undefined}
                  onClick={() => move(index, 1)}
                />
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
                  aria-expanded={tool?.impulseId === impulse.id && tool.kind === "move"}
                  data-move-impulse={impulse.id}
                  onClick={() => toggleTool(impulse.id, "move")}
                >
                  {t("meetings.agenda.move")}
                </button>
                <button
                  type="button"
                  className="button button-small"
                  aria-expanded={tool?.impulseId === impulse.id && tool.kind === "cancel"}
                  data-cancel-impulse={impulse.id}
                  onClick={() => toggleTool(impulse.id, "cancel")}
                >
                  {t("meetings.agenda.cancel")}
                </button>
              </span>
            )}
            {ctx.moderator && tool?.impulseId === impulse.id && impulse.status === "scheduled" && (
              <>
                {tool.kind === "cancel" && (
                  <CancelTalk ctx={ctx} impulse={impulse} onDone={() => closeTool(impulse.id, "cancel")} />
                )}
                {tool.kind === "move" && (
                  <MoveTalk ctx={ctx} impulse={impulse} from={meeting} onDone={() => closeTool(impulse.id, "move")} />
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      {live}
    </>
  );
}

/** IMP-3: cancelling a scheduled talk, with a note its presenter reads (IMP-4). */
function CancelTalk({ ctx, impulse, onDone }: { ctx: MeetingsContext; impulse: Impulse; onDone(): void }) {
  const t = useMeetingsT();
  const noteId = useId();
  const [note, setNote] = useState("");
  return (
    <fieldset
      className="agenda-cancel"
      data-testid="agenda-cancel"
      onKeyDown={(event) => {
        if (event.key === "Escape") onDone();
      }}
    >
      <legend className="visually-hidden">{t("meetings.agenda.cancelLabel", { title: impulse.title })}</legend>
      <div className="field">
        <label htmlFor={noteId}>{t("meetings.agenda.cancelNote")}</label>
        <input
          id={noteId}
          value={note}
          // biome-ignore lint/a11y/noAutofocus: opened by the moderator's own click, to write the note
          autoFocus
          onChange={(event) => setNote(event.target.value)}
          maxLength={1000}
        />
      </div>
      <div className="form-actions">
        <button type="button" className="button button-small" onClick={onDone}>
          {t("common.cancel")}
        </button>
        <button
          type="button"
          className="button button-small button-danger"
          onClick={() => {
            ctx.actions.submit({ type: "impulse.cancel", impulseId: impulse.id, note: note.trim() });
            onDone();
          }}
        >
          {t("meetings.agenda.cancelConfirm")}
        </button>
      </div>
    </fieldset>
  );
}
