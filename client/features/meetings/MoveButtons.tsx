import { IconButton } from "../../core/ui/IconButton";
import { useMeetingsT } from "./useMeetingsT";

/** Up and down for one entry of the agenda (a talk or an item): the keyboard's way to reorder, no drag. */
export function MoveButtons({
  title,
  first,
  last,
  onMove,
}: {
  title: string;
  first: boolean;
  last: boolean;
  onMove(direction: -1 | 1): void;
}) {
  const t = useMeetingsT();
  return (
    <>
      <IconButton
        icon="up"
        label={t("meetings.agenda.up", { title })}
        data-focus="up"
        aria-disabled={first ? true : undefined}
        onClick={() => onMove(-1)}
      />
      <IconButton
        icon="down"
        label={t("meetings.agenda.down", { title })}
        data-focus="down"
        aria-disabled={last ? true : undefined}
        onClick={() => onMove(1)}
      />
    </>
  );
}
