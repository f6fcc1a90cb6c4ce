import { useState } from "react";
import type { Column } from "../../../shared/model";
import { ConfirmDialog } from "../../core/ui/ConfirmDialog";
import { focusColumn } from "../../core/ui/focus";
import { IconButton } from "../../core/ui/IconButton";
import { useT } from "../../i18n/I18nProvider";
import { useBoardLayout, useBoardUi } from "../board";
import { ColumnForm } from "./ColumnForm";

interface Props {
  column: Column;
  index: number;
  cardCount: number;
}

/** Moderator tools of one column: edit its title and description, move left or right, remove. */
export function ColumnControls({ column, index, cardCount }: Props) {
  const t = useT();
  const ui = useBoardUi();
  const { columns } = useBoardLayout();
  // The column as the moderator saw it when they began editing: its version is the edit's base, so a
  // change by someone else meanwhile is answered as a conflict rather than overwritten (COL-3).
  const [editing, setEditing] = useState<Column | null>(null);
  const [confirming, setConfirming] = useState(false);
  const isFirst = index === 0;
  const isLast = index === columns.length - 1;

  function move(step: -1 | 1) {
    if (step === -1 ? isFirst : isLast) return;
    ui.actions.moveColumn(column.id, index + step);
    focusColumn(column.id, step === -1 ? "column-left" : "column-right");
  }

  if (editing) {
    return (
      <ColumnForm
        initialTitle={editing.title}
        initialDescription={editing.description}
        label={t("column.field.title")}
        submitLabel={t("common.save")}
        formLabel={t("column.editLabel", { title: column.title })}
        testId="edit-column-form"
        focusOnMount
        onSubmit={(title, description) => {
          ui.actions.updateColumn(editing, title, description);
          setEditing(null);
          focusColumn(column.id, "column-edit");
        }}
        onCancel={() => {
          setEditing(null);
          focusColumn(column.id, "column-edit");
        }}
      />
    );
  }

  return (
    <div className="column-controls" data-testid="column-controls">
      <IconButton icon="edit" label={t("column.edit")} data-focus="column-edit" onClick={() => setEditing(column)} />
      <IconButton
        icon="left"
        label={t("column.moveLeft")}
        data-focus="column-left"
        aria-disabled={isFirst ? true : undefined}
        onClick={() => move(-1)}
      />
      <IconButton
        icon="right"
        label={t("column.moveRight")}
        data-focus="column-right"
        aria-disabled={isLast ? true : undefined}
        onClick={() => move(1)}
      />
      <IconButton
        icon="trash"
        label={t("column.remove")}
        data-focus="column-remove"
        onClick={() => setConfirming(true)}
      />
      {confirming && (
        <ConfirmDialog
          open
          title={t("column.removeConfirm.title", { title: column.title })}
          message={t(
            cardCount === 0
              ? "column.removeConfirm.none"
              : cardCount === 1
                ? "column.removeConfirm.one"
                : "column.removeConfirm.other",
            { count: cardCount },
          )}
          confirmLabel={t("column.removeConfirm.confirm")}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            ui.actions.removeColumn(column.id);
            const neighbour = columns[index - 1] ?? columns[index + 1];
            if (neighbour) focusColumn(neighbour.id);
          }}
        />
      )}
    </div>
  );
}
