import { useId, useState } from "react";
import { boardOf, cardsOf } from "../../../shared/boardState";
import { isAuthorOf } from "../../../shared/core/authorTags";
import { openSlots } from "../../../shared/features/impulses/agenda";
import { meetingIsOver } from "../../../shared/features/meetings/days";
import type { Meeting, Registration } from "../../../shared/features/meetings/records";
import { registrationsOf } from "../../../shared/features/meetings/seats";
import type { Card } from "../../../shared/model";
import { ConfirmDialog } from "../../core/ui/ConfirmDialog";
import { focusById } from "../../core/ui/focus";
import { Agenda } from "./Agenda";
import { meetingFileUrl } from "./calendarLinks";
import { DocumentForm } from "./DocumentForm";
import { UPCOMING_HEADING_ID } from "./headings";
import { MeetingForm } from "./MeetingForm";
import type { MeetingsContext } from "./meetingsContext";
import { RegisterPanel } from "./RegisterPanel";
import { formatMeetingDate, waitingPosition } from "./schedule";
import { useMeetingsT } from "./useMeetingsT";

interface Props {
  ctx: MeetingsContext;
  meeting: Meeting;
  past: boolean;
  cards: readonly Card[];
}

/** One meeting in the list: its summary, and on request its details and what one can do there. */
export function MeetingItem({ ctx, meeting, past, cards }: Props) {
  const t = useMeetingsT();
  const detailId = useId();
  const [expanded, setExpanded] = useState(false);
  const [editing, setEditing] = useState<"meeting" | "documentation" | null>(null);
  const [confirm, setConfirm] = useState<"cancel" | "remove" | null>(null);
  const cancelled = meeting.status === "cancelled";
  const slots = openSlots(ctx.view, meeting);
  const themeCard = meeting.themeCardId ? cardsOf(ctx.board)[meeting.themeCardId] : undefined;
  const registrations = ctx.view.where<Registration>("registration", "meetingId", meeting.id);
  const mine = registrations.find((registration) => isAuthorOf(registration, ctx.actor.authorId));
  // A moderator reads it on the meeting; a registered person on their registration (VIS-2), until
  // the meeting is cancelled (MEET-9; a registration stored before that rule may still hold it).
  const onlineLink = ctx.moderator ? meeting.onlineLink : cancelled ? null : mine?.onlineLink;
  const boardId = boardOf(ctx.board)?.id;

  if (editing === "meeting") {
    return (
      <li className="meeting">
        <MeetingForm ctx={ctx} meeting={meeting} cards={cards} onDone={() => setEditing(null)} />
      </li>
    );
  }

  return (
    <li
      className={`meeting panel${cancelled ? " is-cancelled" : ""}`}
      data-testid="meeting"
      data-meeting-theme={meeting.theme}
    >
      <h3 className="meeting-title">
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls={detailId}
          data-testid="meeting-toggle"
          onClick={() => setExpanded((open) => !open)}
        >
          {meeting.theme}
        </button>
      </h3>
      <p className="meeting-when">
        <span>{formatMeetingDate(meeting.date, ctx.language)}</span>
        {", "}
        <span>{t("meetings.time", { start: meeting.startTime, end: meeting.endTime })}</span>
        {meeting.place && (
          <>
            {" · "}
            <span>{meeting.place}</span>
          </>
        )}
      </p>
      <p className="meeting-facts">
        {cancelled ? (
          <span className="meeting-tag is-cancelled" data-testid="meeting-cancelled">
            {t("meetings.cancelled")}
          </span>
        ) : (
          <>
            {!past && <span className="meeting-tag">{t(`meetings.registration.${meeting.registration}`)}</span>}{" "}
            <span data-testid="meeting-counts">
              {t("meetings.counts", { registered: meeting.registered, waiting: meeting.waiting })}
            </span>
            {!past && slots > 0 && (
              <>
                {" · "}
                <span data-testid="meeting-slots">
                  {t(slots === 1 ? "meetings.slotsOpen.one" : "meetings.slotsOpen.other", { count: slots })}
                </span>
              </>
            )}
          </>
        )}
      </p>
      {themeCard && <p className="meeting-muted">{t("meetings.themeCard", { title: ctx.labelOf(themeCard) })}</p>}
      {past && (meeting.documentation.text || meeting.documentation.link) && (
        <div className="meeting-documentation" data-testid="meeting-documentation">
          <h4>{t("meetings.documentation")}</h4>
          {meeting.documentation.text && <p className="meeting-text">{meeting.documentation.text}</p>}
          {meeting.documentation.link && (
            <p>
              <a href={meeting.documentation.link} rel="noopener noreferrer" target="_blank">
                {t("meetings.documentationLink")}
              </a>
            </p>
          )}
        </div>
      )}
      <div id={detailId} hidden={!expanded} className="meeting-detail" data-testid="meeting-detail">
        {expanded && (
          <>
            {meeting.description && <p className="meeting-text">{meeting.description}</p>}
            {onlineLink && (
              <p data-testid="meeting-online-link">
                {t("meetings.onlineLink")}{" "}
                <a href={onlineLink} rel="noopener noreferrer" target="_blank">
                  {onlineLink}
                </a>
              </p>
            )}
            {boardId && (
              <p>
                <a
                  href={meetingFileUrl(boardId, meeting.id, ctx.language)}
                  download
                  aria-label={t("meetings.calendar.addLabel", { theme: meeting.theme })}
                  data-testid="meeting-ics"
                >
                  {t("meetings.calendar.add")}
                </a>
              </p>
            )}
            <h4>{t("meetings.agenda")}</h4>
            <Agenda ctx={ctx} meeting={meeting} />
            {!past && <RegisterPanel ctx={ctx} meeting={meeting} mine={mine} />}
            {ctx.moderator && (
              <>
                <div className="page-actions meeting-tools">
                  <button
                    type="button"
                    className="button button-small"
                    data-testid="meeting-edit"
                    onClick={() => setEditing("meeting")}
                  >
                    {t("meetings.edit")}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-expanded={editing === "documentation"}
                    onClick={() => setEditing(editing === "documentation" ? null : "documentation")}
                  >
                    {t("meetings.document")}
                  </button>
                  {!cancelled && !meetingIsOver(meeting, Date.now()) && (
                    <button type="button" className="button button-small" onClick={() => setConfirm("cancel")}>
                      {t("meetings.cancel")}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button-small button-danger"
                    data-testid="meeting-remove"
                    onClick={() => setConfirm("remove")}
                  >
                    {t("meetings.remove")}
                  </button>
                </div>
                {editing === "documentation" && (
                  <DocumentForm ctx={ctx} meeting={meeting} onDone={() => setEditing(null)} />
                )}
                <Registrations meetingId={meeting.id} ctx={ctx} />
              </>
            )}
          </>
        )}
      </div>
      {confirm === "cancel" && (
        <ConfirmDialog
          open
          title={t("meetings.cancelConfirm.title")}
          message={t("meetings.cancelConfirm.message", { theme: meeting.theme })}
          confirmLabel={t("meetings.cancel")}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            ctx.actions.submit({ type: "meeting.cancel", meetingId: meeting.id });
            setConfirm(null);
          }}
        />
      )}
      {confirm === "remove" && (
        <ConfirmDialog
          open
          title={t("meetings.removeConfirm.title")}
          message={t("meetings.removeConfirm.message", {
            theme: meeting.theme,
            count: meeting.registered + meeting.waiting,
          })}
          confirmLabel={t("meetings.remove")}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            // MEET-5: its registrations go with it, names and emails too.
            ctx.actions.submit({ type: "meeting.remove", meetingId: meeting.id });
            setConfirm(null);
            // The button that opened the dialog goes with the meeting: focus the list, not the page.
            focusById(UPCOMING_HEADING_ID);
          }}
        />
      )}
    </li>
  );
}

/** MEET-5: the moderators' list of who registered, in the order places are given. */
function Registrations({ ctx, meetingId }: { ctx: MeetingsContext; meetingId: string }) {
  const t = useMeetingsT();
  const registrations = registrationsOf(ctx.view, meetingId);
  return (
    <>
      <h4>{t("meetings.registrations", { count: registrations.length })}</h4>
      {registrations.length === 0 ? (
        <p className="meeting-muted">{t("meetings.registrationsNone")}</p>
      ) : (
        <ul className="meeting-registrations" data-testid="meeting-registrations">
          {registrations.map((registration) => (
            <li key={registration.id}>
              {registration.name} &lt;{registration.email}&gt; –{" "}
              {registration.status === "registered"
                ? t("meetings.registrationStatus.registered")
                : t("meetings.registrationStatus.waiting", {
                    position: waitingPosition(registrations, registration.id) ?? 0,
                  })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
