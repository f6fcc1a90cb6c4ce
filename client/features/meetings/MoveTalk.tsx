import { useId, useState } from "react";
import { agendaEntriesOf, openSlots } from "../../../shared/features/impulses/agenda";
import type { Impulse } from "../../../shared/features/impulses/records";
import { berlinToday, splitMeetings } from "../../../shared/features/meetings/days";
import type { Meeting } from "../../../shared/features/meetings/records";
import type { MeetingsContext } from "./meetingsContext";
import { formatMeetingDate, rankForNewTalk } from "./schedule";
import { useMeetingsT } from "./useMeetingsT";

/**
 * IMP-3: a scheduled talk moves to another upcoming meeting that still has a slot, at the end of
 * its agenda; both agendas' start times follow.
 */
export function MoveTalk({
  ctx,
  impulse,
  from,
  onDone,
}: {
  ctx: MeetingsContext;
  impulse: Impulse;
  from: Meeting;
  onDone(): void;
}) {
  const t = useMeetingsT();
  const selectId = useId();
  const targets = splitMeetings(ctx.view.list<Meeting>("meeting"), berlinToday()).upcoming.filter(
    (meeting) => meeting.id !== from.id && meeting.status === "planned" && openSlots(ctx.view, meeting) > 0,
  );
  const [meetingId, setMeetingId] = useState(targets[0]?.id ?? "");
  const target = targets.find((meeting) => meeting.id === meetingId);

  return (
    <fieldset
      className="agenda-cancel"
      data-testid="agenda-move"
      onKeyDown={(event) => {
        if (event.key === "Escape") onDone();
      }}
    >
      <legend className="visually-hidden">{t("meetings.agenda.moveLabel", { title: impulse.title })}</legend>
      {targets.length === 0 ? (
        <p className="meeting-muted">{t("meetings.agenda.moveNowhere")}</p>
      ) : (
        <div className="field">
          <label htmlFor={selectId}>{t("meetings.agenda.moveTo")}</label>
          <select
            id={selectId}
            value={meetingId}
            // biome-ignore lint/a11y/noAutofocus: opened by the moderator's own click, to pick the meeting
            autoFocus
            onChange={(event) => setMeetingId(event.target.value)}
          >
            {targets.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {formatMeetingDate(meeting.date, ctx.language)} – {meeting.theme}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button button-small" onClick={onDone}>
          {t("common.cancel")}
        </button>
        {target && (
          <button
            type="button"
            className="button button-small button-primary"
            onClick={() => {
              const rank = rankForNewTalk(agendaEntriesOf(ctx.view, target));
              ctx.actions.submit({ type: "impulse.schedule", impulseId: impulse.id, meetingId: target.id, rank });
              onDone();
            }}
          >
            {t("meetings.agenda.moveConfirm")}
          </button>
        )}
      </div>
    </fieldset>
  );
}
