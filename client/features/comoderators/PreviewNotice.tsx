import { useComoderatorsT } from "./useComoderatorsT";
import "./comoderators.css";

/** COMOD-6: says that this page is the participants' preview, and leads back to the moderator's view. */
export function PreviewNotice({ boardId }: { boardId: string }) {
  const t = useComoderatorsT();
  return (
    <div className="alert preview-notice" role="status" data-testid="preview-notice">
      <p className="alert-text">{t("comod.previewNotice")}</p>
      <a className="button button-small" href={`/b/${encodeURIComponent(boardId)}`}>
        {t("comod.previewBack")}
      </a>
    </div>
  );
}
