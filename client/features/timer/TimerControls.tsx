import { type FormEvent, type ReactNode, useId, useState } from "react";
import { remainingMs, TIMER_MAX_SECONDS, type Timer, type TimerOp } from "../../../shared/features/timer";
import { Field } from "../../core/ui/Field";
import { serverClock } from "./serverClock";
import { useTimerT } from "./useTimerT";
import "./timer.css";

interface Props {
  timer: Timer | undefined;
  submit(op: TimerOp): void;
  /**
   * Told when a moderator starts a countdown, with when it ends by the server's clock (an estimate:
   * the server sets the very moment). A seam for "lock the board when the time is up".
   */
  onStarted?(endsAt: number): void;
  /** More options shown beside the start button (such as "lock when the time is up"). */
  startOptions?: ReactNode;
}

const MAX_MINUTES = TIMER_MAX_SECONDS / 60;
const EXTENSIONS = [1, 5];

/** TIMER-1: the moderators' controls: start for some minutes, pause, resume, extend, end. */
export function TimerControls({ timer, submit, onStarted, startOptions }: Props) {
  const t = useTimerT();
  const headingId = useId();
  const [minutes, setMinutes] = useState("5");
  const [invalid, setInvalid] = useState(false);
  const running = timer?.status === "running" && remainingMs(timer, serverClock.now()) > 0;

  const start = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < 1 || value > MAX_MINUTES) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    submit({ type: "timer.start", seconds: value * 60 });
    onStarted?.(serverClock.now() + value * 60_000);
  };

  return (
    <section className="timer-controls-section" aria-labelledby={headingId} data-testid="timer-controls">
      <h3 id={headingId}>{t("timer.controls")}</h3>
      <form className="timer-controls" onSubmit={start} noValidate>
        <Field label={t("timer.minutes")} error={invalid ? t("timer.minutes.invalid") : undefined}>
          <input
            className="timer-minutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_MINUTES}
            step={1}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            data-testid="timer-minutes"
          />
        </Field>
        {startOptions}
        <button type="submit" className="button button-primary" data-testid="timer-start">
          {t(timer ? "timer.restart" : "timer.start")}
        </button>
      </form>
      {timer && (
        <div className="timer-controls">
          {timer.status === "paused" ? (
            <button type="button" className="button" onClick={() => submit({ type: "timer.resume" })}>
              {t("timer.resume")}
            </button>
          ) : (
            running && (
              <button
                type="button"
                className="button"
                data-testid="timer-pause"
                onClick={() => submit({ type: "timer.pause" })}
              >
                {t("timer.pause")}
              </button>
            )
          )}
          {EXTENSIONS.map((extra) => (
            <button
              key={extra}
              type="button"
              className="button"
              onClick={() => submit({ type: "timer.extend", seconds: extra * 60 })}
            >
              {t("timer.extend", { minutes: extra })}
            </button>
          ))}
          <button
            type="button"
            className="button"
            data-testid="timer-stop"
            onClick={() => submit({ type: "timer.stop" })}
          >
            {t("timer.stop")}
          </button>
        </div>
      )}
    </section>
  );
}
