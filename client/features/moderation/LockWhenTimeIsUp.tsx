import { useModerationT } from "./useModerationT";

interface Props {
  checked: boolean;
  onChange(checked: boolean): void;
}

/** The timer form's option "lock the board when the time is up" (MOD-4 with TIMER-1). */
export function LockWhenTimeIsUp({ checked, onChange }: Props) {
  const t = useModerationT();
  return (
    <label className="check-option">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        data-testid="timer-lock-at-end"
      />
      {t("moderation.lockWhenTimeIsUp")}
    </label>
  );
}

/** The op that locks the whole board for participants from `endsAt` (server time) on (MOD-4). */
export const boardLockAt = (endsAt: number) =>
  ({ type: "moderation.lock", columnId: null, locked: true, lockAt: Math.round(endsAt) }) as const;
