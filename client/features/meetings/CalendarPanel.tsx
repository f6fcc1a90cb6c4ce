import { useState } from "react";
import { boardOf } from "../../../shared/boardState";
import { isAuthorOf } from "../../../shared/core/authorTags";
import type { CalendarFeed, Registration } from "../../../shared/features/meetings/records";
import { newId } from "../../../shared/ids";
import { mintSecret } from "../../core/secrets";
import { usePageAddress } from "../../core/serverPaint";
import { CopyField } from "../../core/ui/CopyField";
import { browserStorage } from "../../sync/storage";
import {
  boardFeedUrl,
  personalFeedUrl,
  readStoredFeed,
  type StoredFeed,
  webcalUrl,
  writeStoredFeed,
} from "./calendarLinks";
import type { MeetingsContext } from "./meetingsContext";
import { useMeetingsT } from "./useMeetingsT";

/**
 * MEET-7/8 for people: subscribe to the board's feed, and, once registered somewhere, to a personal
 * feed with the online links. The secret is minted here and kept in this browser's storage; the
 * server gets only its SHA-256 (`calendarFeed.add`).
 */
export function CalendarPanel({ ctx }: { ctx: MeetingsContext }) {
  const t = useMeetingsT();
  const boardId = boardOf(ctx.board)?.id;
  // Read on every render: another tab of this browser may have made a new feed (its record then
  // replaces this one's in the board, which re-renders this panel).
  const [, setStored] = useState<StoredFeed | null>(null);
  const [failed, setFailed] = useState(false);
  const { origin } = usePageAddress();
  if (!boardId) return null;
  const stored = readStoredFeed(browserStorage(), boardId);
  const feedUrl = boardFeedUrl(origin, boardId, ctx.language);
  const authorId = ctx.actor.authorId;
  const registered = ctx.view
    .list<Registration>("registration")
    .some((registration) => isAuthorOf(registration, authorId));
  const myFeed = ctx.view
    .list<CalendarFeed>("calendarFeed")
    .find((feed) => isAuthorOf(feed, authorId) && feed.id === stored?.feedId);
  const personal = stored && myFeed ? personalFeedUrl(origin, boardId, stored, ctx.language) : null;

  async function createFeed() {
    if (!boardId) return;
    try {
      const { secret, secretHash } = await mintSecret();
      const feed = { feedId: newId(), secret };
      writeStoredFeed(browserStorage(), boardId, feed);
      setStored(feed);
      setFailed(false);
      ctx.actions.submit({ type: "calendarFeed.add", feedId: feed.feedId, secretHash });
    } catch {
      setFailed(true);
    }
  }

  function revoke() {
    if (!boardId || !stored) return;
    ctx.actions.submit({ type: "calendarFeed.remove", feedId: stored.feedId });
    writeStoredFeed(browserStorage(), boardId, null);
    setStored(null);
  }

  return (
    <section className="meetings-section meeting-calendar" aria-labelledby="meetings-calendar" data-testid="calendar">
      <h2 id="meetings-calendar">{t("meetings.calendar.subscribe")}</h2>
      <CopyField
        label={t("meetings.calendar.feedUrl")}
        copyLabel={t("meetings.calendar.copyFeed")}
        value={feedUrl}
        testId="calendar-feed-url"
      />
      <p>
        <a href={webcalUrl(feedUrl)} data-testid="calendar-webcal">
          {t("meetings.calendar.webcal")}
        </a>
      </p>
      <p className="meeting-muted">{t("meetings.calendar.hint")}</p>
      {personal ? (
        <div data-testid="calendar-personal">
          <p className="warning">{t("meetings.calendar.personalWarning")}</p>
          <CopyField
            label={t("meetings.calendar.personalUrl")}
            copyLabel={t("meetings.calendar.copyPersonal")}
            value={personal}
            testId="calendar-personal-url"
          />
          <p>
            <a href={webcalUrl(personal)}>{t("meetings.calendar.personalWebcal")}</a>
          </p>
          <button type="button" className="button button-small" data-testid="calendar-revoke" onClick={revoke}>
            {t("meetings.calendar.revoke")}
          </button>
        </div>
      ) : (
        registered && (
          <>
            <p className="meeting-muted">{t("meetings.calendar.personalHint")}</p>
            <button
              type="button"
              className="button"
              data-testid="calendar-personal-create"
              onClick={() => void createFeed()}
            >
              {t("meetings.calendar.personal")}
            </button>
          </>
        )
      )}
      {failed && <p role="alert">{t("meetings.calendar.personalFailed")}</p>}
    </section>
  );
}
