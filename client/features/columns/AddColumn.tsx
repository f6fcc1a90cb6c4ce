import { useId } from "react";
import { useT } from "../../i18n/I18nProvider";
import { useBoardUi } from "../board";
import { ColumnForm } from "./ColumnForm";

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
      <ColumnForm
        initialTitle=""
        initialDescription=""
        label={t("column.add.label")}
        submitLabel={t("column.add.submit")}
        testId="add-column-form"
        onSubmit={(title, description) => ui.actions.addColumn(title, description)}
      />
    </section>
  );
}
