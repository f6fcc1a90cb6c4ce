import { type PageName, pageAt } from "../shared/pages";
import { lazyPart } from "./core/lazyPart";
import { actionLabelOf, textOfOp } from "./features";
import { LinkHolderPage } from "./features/links";
import { PrivacyPage } from "./features/privacy";
import { ProjectorPage } from "./features/projector";

// Every page is a chunk of its own, so the start page does not carry the board. The server names the
// page's chunks in the HTML it serves (server/http/pagePreloads.ts): no extra round trip for them.
const StartPage = lazyPart(() => import("./views/StartPage").then((m) => m.StartPage));
const BoardPage = lazyPart(() => import("./views/BoardPage").then((m) => m.BoardPage));
const NotFoundPage = lazyPart(() => import("./views/NotFoundPage").then((m) => m.NotFoundPage));

type Address = Pick<Location, "pathname" | "search">;

const PAGE_PARTS: Record<PageName, { preload(): Promise<void> }> = {
  start: StartPage,
  privacy: PrivacyPage,
  projector: ProjectorPage,
  linkHolder: LinkHolderPage,
  board: BoardPage,
  notFound: NotFoundPage,
};

/**
 * This address's page code, fetched before the first render (the HTML preloads it): the page's
 * first paint (HTTP-6) then gives way to the page itself, never to an empty screen.
 */
export function preloadPageAt(location: Address): Promise<void> {
  return PAGE_PARTS[pageAt(location.pathname, location.search).name].preload();
}

/** The whole router (shared/pages.ts tells the page); every link between pages is a full page load. */
export function App() {
  const page = pageAt(window.location.pathname, window.location.search);
  switch (page.name) {
    case "start":
      return <StartPage />;
    case "privacy":
      return <PrivacyPage />;
    case "projector":
      // PROJ-2: the big screen's read-only page.
      return <ProjectorPage key={page.boardId} boardId={page.boardId} />;
    case "linkHolder":
      // LINK-1: a special link's page reads and posts only what its link opens.
      return <LinkHolderPage boardId={page.boardId} linkId={page.linkId} labelOf={actionLabelOf} textOf={textOfOp} />;
    case "board":
      return <BoardPage key={page.boardId} boardId={page.boardId} />;
    case "notFound":
      return <NotFoundPage />;
  }
}
