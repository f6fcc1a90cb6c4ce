import { useId } from "react";
import { useT } from "../../i18n/I18nProvider";
import { useBoardUi } from "../board";
import { ColumnTitleForm } from "./ColumnTitleForm";

/** The moderator's "new column" slot after the last column. */
export function AddColumn() {
  const t = useT();
  const ui = useBoardUi();
  const headingId = useId();
  return (
    <section className="column column-new" aria-labelledby={headingId} data-testid="add-column">
      <h2 id={headingId} className="column-title">
        {t("column.add.heading")}
      </h2>
      <ColumnTitleForm
        initialTitle=""
        label={t("column.add.label")}
        submitLabel={t("column.add.submit")}
        testId="add-column-form"
        onSubmit={(title) => ui.actions.addColumn(title)}
      />
    </section>
  );
}
