import { type FormEvent, useId, useState } from "react";
import { type ResultsShown, VOTES_MAX, VOTES_MIN } from "../../../shared/features/voting/records";
import { newId } from "../../../shared/ids";
import type { Column } from "../../../shared/model";
import type { BoardActions } from "../../core/boardActions";
import { Dialog } from "../../core/ui/Dialog";
import { Field } from "../../core/ui/Field";
import { FormActions } from "../../core/ui/FormActions";
import { useVotingT } from "./useVotingT";

const clamp = (value: number, max = VOTES_MAX) =>
  Math.min(max, Math.max(VOTES_MIN, Number.isFinite(value) ? Math.round(value) : VOTES_MIN));

/** VOTE-1: a moderator's settings for a new round: scope, votes, per-card limit, anonymity, when results show. */
export function RoundDialog({
  columns,
  actions,
  onDone,
}: {
  columns: readonly Column[];
  actions: BoardActions;
  onDone(): void;
}) {
  const t = useVotingT();
  const titleId = useId();
  const [title, setTitle] = useState("");
  const [wholeBoard, setWholeBoard] = useState(true);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [votes, setVotes] = useState(5);
  const [max, setMax] = useState(3);
  const [anonymous, setAnonymous] = useState(true);
  const [results, setResults] = useState<ResultsShown>("atClose");
  const [scopeError, setScopeError] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const columnIds = wholeBoard ? null : columns.filter((column) => chosen.has(column.id)).map((column) => column.id);
    if (columnIds !== null && columnIds.length === 0) {
      setScopeError(true);
      return;
    }
    const votesPerPerson = clamp(votes);
    actions.submit({
      type: "votingRound.open",
      roundId: newId(),
      tallyId: newId(),
      title: title.trim(),
      votesPerPerson,
      maxPerCard: clamp(max, votesPerPerson),
      anonymous,
      results,
      columnIds,
    });
    onDone();
  }

  const toggle = (columnId: string) => {
    const next = new Set(chosen);
    if (next.has(columnId)) next.delete(columnId);
    else next.add(columnId);
    setChosen(next);
    setScopeError(false);
  };

  return (
    <Dialog open labelledBy={titleId} onCancel={onDone}>
      <form onSubmit={submit} data-testid="round-form">
        <h2 id={titleId}>{t("voting.dialog.title")}</h2>
        <Field label={t("voting.dialog.name")}>
          <input value={title} maxLength={100} onChange={(event) => setTitle(event.target.value)} />
        </Field>
        <fieldset className="round-scope">
          <legend>{t("voting.dialog.scope")}</legend>
          <label className="check">
            <input type="radio" name="scope" checked={wholeBoard} onChange={() => setWholeBoard(true)} />
            {t("voting.dialog.scope.board")}
          </label>
          <label className="check">
            <input type="radio" name="scope" checked={!wholeBoard} onChange={() => setWholeBoard(false)} />
            {t("voting.dialog.scope.columns")}
          </label>
          {!wholeBoard &&
            columns.map((column) => (
              <label key={column.id} className="check round-column">
                <input type="checkbox" checked={chosen.has(column.id)} onChange={() => toggle(column.id)} />
                {column.title}
              </label>
            ))}
          {scopeError && (
            <p className="field-error" role="alert">
              {t("voting.dialog.scope.none")}
            </p>
          )}
        </fieldset>
        <Field label={t("voting.dialog.votes")}>
          <input
            type="number"
            min={VOTES_MIN}
            max={VOTES_MAX}
            value={votes}
            data-testid="round-votes"
            onChange={(event) => setVotes(event.target.valueAsNumber)}
          />
        </Field>
        <Field label={t("voting.dialog.max")} hint={t("voting.dialog.maxHint")}>
          <input
            type="number"
            min={VOTES_MIN}
            max={VOTES_MAX}
            value={max}
            data-testid="round-max"
            onChange={(event) => setMax(event.target.valueAsNumber)}
          />
        </Field>
        <label className="check">
          <input type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} />
          {t("voting.dialog.anonymous")}
        </label>
        <fieldset>
          <legend>{t("voting.dialog.results")}</legend>
          {(["live", "atClose"] as const).map((option) => (
            <label key={option} className="check">
              <input type="radio" name="results" checked={results === option} onChange={() => setResults(option)} />
              {t(`voting.dialog.results.${option}`)}
            </label>
          ))}
        </fieldset>
        <FormActions onCancel={onDone} submitLabel={t("voting.dialog.submit")} />
      </form>
    </Dialog>
  );
}
