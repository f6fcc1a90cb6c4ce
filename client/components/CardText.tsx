import type { TopicContent } from "../../shared/model";
import { useT } from "../i18n/I18nProvider";

/**
 * A card's visible content. Line breaks in the text are kept (see .card-body in styles.css).
 * The title is a heading on the board, plain text where a copy is shown (conflict view, drag image).
 */
export function CardText({ content, asHeading = true }: { content: TopicContent; asHeading?: boolean }) {
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
