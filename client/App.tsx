import { ID_PATTERN } from "../shared/ids";
import { BoardPage } from "./views/BoardPage";
import { NotFoundPage } from "./views/NotFoundPage";
import { StartPage } from "./views/StartPage";

/** The whole router: the app has two pages, and every link between them is a full page load. */
export function App() {
  const path = window.location.pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return <StartPage />;
  const board = /^\/b\/([^/]+)$/.exec(path);
  if (board && ID_PATTERN.test(board[1])) return <BoardPage key={board[1]} boardId={board[1]} />;
  return <NotFoundPage />;
}
