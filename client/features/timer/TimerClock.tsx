import { useEffect, useRef } from "react";
import { remainingMs, type Timer } from "../../../shared/features/timer";
import { clockText } from "./clockText";
import { serverClock } from "./serverClock";
import { type Announcement, announcementOf, phaseOf, type TimerPhase } from "./timerPhase";
import { useServerNow } from "./useServerNow";
import { type TimerKey, useTimerT } from "./useTimerT";
import "./timer.css";

interface Props {
  timer: Timer;
  /** Says a start, pause, resume, extension or end in the page's live region (TIMER-3). */
  announce(text: string): void;
  className?: string;
}

const ANNOUNCED: Record<Announcement, TimerKey> = {
  started: "timer.announce.started",
  paused: "timer.announce.paused",
  resumed: "timer.announce.resumed",
  extended: "timer.announce.extended",
  ended: "timer.announce.ended",
};

/**
 * TIMER-2, TIMER-3: the time left by the server's clock, for everyone. The clock is a `timer` role
 * (not a live region: nobody hears every second); changes of phase go to `announce`.
 */
export function TimerClock({ timer, announce, className = "" }: Props) {
  const t = useTimerT();
  // A timer whose time is up stands still: no render each quarter second for it.
  const ticking = timer.status === "running" && remainingMs(timer, serverClock.now()) > 0;
  const serverNow = useServerNow(ticking);
  const phase = phaseOf(timer, serverNow);
  const time = clockText(phase.remainingMs);
  const shown = useRef<TimerPhase | null>(null);

  // Only a new phase is news, not each second that passes: the phase's parts are the dependencies.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    const said = announcementOf(shown.current, phase, serverNow);
    shown.current = phase;
    if (said) announce(t(ANNOUNCED[said], { time }));
  }, [phase.status, phase.startedAt, phase.totalMs]);

  const text =
    phase.status === "ended"
      ? t("timer.ended")
      : t(phase.status === "paused" ? "timer.paused" : "timer.running", { time });
  return (
    <p
      className={`timer-clock ${className}`}
      data-testid="timer"
      data-status={phase.status}
      data-seconds={Math.ceil(phase.remainingMs / 1000)}
    >
      <span className="timer-name">{t("timer.name")}</span>{" "}
      <span role="timer" className="timer-time">
        {text}
      </span>
    </p>
  );
}
