import { useEffect, useState } from "react";
import type { CreatedBoard } from "../../shared/api";
import { AppBar } from "../core/ui/AppBar";
import { CreateBoardForm, CreatedBoardLinks, KnownBoardsList } from "../features/boards";
import { LegalFooter } from "../features/privacy";
import { useT } from "../i18n/I18nProvider";
import { listKnownBoards } from "../sync/knownBoards";

export function StartPage() {
  const t = useT();
  const [created, setCreated] = useState<{ board: CreatedBoard; title: string } | null>(null);
  const [known, setKnown] = useState(() => listKnownBoards());

  useEffect(() => {
    document.title = `${t("app.name")} – ${t("start.tagline")}`;
  }, [t]);

  return (
    <>
      <header className="page-header">
        <AppBar />
        <div className="intro">
          <h1>{t("start.heading")}</h1>
          <p>{t("start.intro")}</p>
        </div>
      </header>
      <main className="page-main">
        <section className="panel" aria-labelledby="create-heading">
          <h2 id="create-heading">{t("create.heading")}</h2>
          <CreateBoardForm
            onCreated={(board, title) => {
              setCreated({ board, title });
              setKnown(listKnownBoards());
            }}
          />
        </section>
        {created && <CreatedBoardLinks key={created.board.boardId} board={created.board} title={created.title} />}
        <KnownBoardsList boards={known} />
      </main>
      <LegalFooter />
    </>
  );
}
