import { ID_PATTERN } from "../shared/ids";
import { lazyPart } from "./core/lazyPart";
import { actionLabelOf, textOfOp } from "./features";
import { LinkHolderPage, linkIdInAddress } from "./features/links";
import { PrivacyPage } from "./features/privacy";
import { ProjectorPage } from "./features/projector";
import { BoardPage } from "./views/BoardPage";

// The board is what most visits open; the other pages load their code when asked for.
const StartPage = lazyPart(() => import("./views/StartPage").then((m) => m.StartPage));
const NotFoundPage = lazyPart(() => import("./views/NotFoundPage").then((m) => m.NotFoundPage));

/** The whole router: the start page, a board and its projector page, the privacy page; every link between them is a full page load. */
export function App() {
  const path = window.location.pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return <StartPage />;
  if (path === "/datenschutz" || path === "/privacy") return <PrivacyPage />;
  const board = /^\/b\/([^/]+)(\/projector)?$/.exec(path);
  if (board && ID_PATTERN.test(board[1])) {
    // PROJ-2: the big screen's read-only page, in a chunk of its own.
    if (board[2]) return <ProjectorPage key={board[1]} boardId={board[1]} />;
    const linkId = linkIdInAddress(window.location.search);
    // LINK-1: a special link's page reads and posts only what its link opens.
    if (linkId) return <LinkHolderPage boardId={board[1]} linkId={linkId} labelOf={actionLabelOf} textOf={textOfOp} />;
    return <BoardPage key={board[1]} boardId={board[1]} />;
  }
  return <NotFoundPage />;
}
