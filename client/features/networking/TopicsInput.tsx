import { type KeyboardEvent, useId } from "react";
import { LIMITS } from "../../../shared/limits";
import { Field } from "../../core/ui/Field";
import { hasTopic, withTopic } from "./cardDraft";
import type { NetworkingTranslate } from "./useNetworkingT";

/**
 * The card's topics as tags: typed one at a time (Enter or the button adds it), suggested from the
 * wall's, each removable. What is typed but not yet added is the form's, so publishing keeps it.
 */
export function TopicsInput({
  t,
  topics,
  suggestions,
  typed,
  error,
  onType,
  onChange,
}: {
  t: NetworkingTranslate;
  topics: string[];
  suggestions: readonly string[];
  typed: string;
  error?: string;
  onType(typed: string): void;
  onChange(topics: string[]): void;
}) {
  const id = useId();
  const choices = suggestions.filter((topic) => !hasTopic(topics, topic));

  function addTopic() {
    if (!typed.trim()) return;
    const added = withTopic(topics, typed);
    if (added !== topics) onChange(added);
    onType("");
  }

  function onKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      addTopic();
    }
  }

  return (
    <fieldset className="wall-fieldset">
      <legend>{t("wall.form.topics")}</legend>
      {topics.length > 0 && (
        <ul className="wall-tags wall-tags-edit" data-testid="form-topics">
          {topics.map((topic) => (
            <li key={topic} className="wall-tag">
              {topic}
              <button
                type="button"
                className="wall-tag-remove"
                aria-label={t("wall.form.topicRemove", { topic })}
                onClick={() => onChange(topics.filter((each) => each !== topic))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="wall-topic-row">
        <Field
          label={t("wall.form.topicInput")}
          error={error}
          hint={t("wall.form.topicHint", { max: LIMITS.topicsPerCard })}
        >
          <input
            value={typed}
            maxLength={LIMITS.topicTag}
            list={`${id}-topics`}
            onChange={(event) => onType(event.target.value)}
            onKeyDown={onKey}
          />
        </Field>
        <button type="button" className="button" onClick={addTopic}>
          {t("wall.form.topicAdd")}
        </button>
      </div>
      <datalist id={`${id}-topics`}>
        {choices.map((topic) => (
          <option key={topic} value={topic} />
        ))}
      </datalist>
    </fieldset>
  );
}
