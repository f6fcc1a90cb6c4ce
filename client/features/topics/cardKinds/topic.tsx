import { LIMITS } from "../../../../shared/limits";
import type { TopicContent } from "../../../../shared/model";
import { useT } from "../../../i18n/I18nProvider";
import type { CardKindDefinition, CardKindFieldsProps, CardKindViewProps } from "./types";
import { useDraftFields } from "./useDraftFields";
import { type DraftErrors, isHttpLink, tooLong } from "./validation";

/** A topic proposal: a title, optional text and an optional link. */
export type TopicDraft = { kind: "topic"; title: string; body: string; link: string };

/**
 * A topic's visible content. Line breaks in the text are kept (see .card-body in styles.css).
 * The title is a heading on the board, plain text where a copy is shown (conflict view, drag image).
 */
function TopicView({ content, asHeading = true }: CardKindViewProps<TopicContent>) {
  const t = useT();
  const Heading = asHeading ? "h3" : "p";
  return (
    <>
      <Heading className="card-title" data-testid="card-title">
        {content.title}
      </Heading>
      {content.body && (
        <p className="card-body" data-testid="card-body">
          {content.body}
        </p>
      )}
      {content.link && (
        <p className="card-link">
          <a href={content.link} target="_blank" rel="noopener noreferrer nofollow" data-testid="card-link">
            {shortLink(content.link)}
            <span className="visually-hidden"> {t("card.opensInNewTab")}</span>
          </a>
        </p>
      )}
    </>
  );
}

/** The address without its scheme, which is noise on a projector. */
function shortLink(link: string): string {
  return link.replace(/^https?:\/\//, "").replace(/\/$/, "");
}

/** Title, text and link. */
function TopicFields(props: CardKindFieldsProps<TopicDraft>) {
  const t = useT();
  const { fieldId, control, errorText } = useDraftFields(props);
  return (
    <>
      <div className="field">
        <label htmlFor={fieldId("title")}>{t("card.field.title")}</label>
        <input {...control("title")} autoComplete="off" />
        {errorText("title")}
      </div>
      <div className="field">
        <label htmlFor={fieldId("body")}>{t("card.field.body")}</label>
        <textarea {...control("body")} rows={4} />
        {errorText("body")}
      </div>
      <div className="field">
        <label htmlFor={fieldId("link")}>{t("card.field.link")}</label>
        <input {...control("link")} type="url" inputMode="url" placeholder="https://" autoComplete="off" />
        {errorText("link")}
      </div>
    </>
  );
}

/** The same rules the server applies (shared/ops.ts), told in words a person understands. */
function validate(draft: TopicDraft): DraftErrors<TopicDraft> {
  const errors: DraftErrors<TopicDraft> = {};
  const title = draft.title.trim();
  const link = draft.link.trim();
  if (!title) errors.title = { key: "validation.titleRequired" };
  else if (title.length > LIMITS.cardTitle) errors.title = tooLong(LIMITS.cardTitle);
  if (draft.body.trim().length > LIMITS.cardBody) errors.body = tooLong(LIMITS.cardBody);
  if (link.length > LIMITS.link) errors.link = tooLong(LIMITS.link);
  else if (link && !isHttpLink(link)) errors.link = { key: "validation.link" };
  return errors;
}

export const topicKind: CardKindDefinition<TopicContent, TopicDraft> = {
  kind: "topic",
  label: (content) => content.title,
  View: TopicView,
  Fields: TopicFields,
  emptyDraft: () => ({ kind: "topic", title: "", body: "", link: "" }),
  toDraft: (content) => ({ kind: "topic", title: content.title, body: content.body, link: content.link ?? "" }),
  fromDraft(draft) {
    const link = draft.link.trim();
    return { kind: "topic", title: draft.title.trim(), body: draft.body.trim(), link: link || null };
  },
  validate,
  submittedText: (content) => [content.title, content.body, content.link ?? ""].filter(Boolean).join("\n\n"),
};
