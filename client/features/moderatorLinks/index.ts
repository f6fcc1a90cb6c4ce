/** Moderator links (AUTH-3): which key a board page joins with, and the notice when a link's key is refused. */
export { LinkKeyRefused } from "./LinkKeyRefused";
export { useBoardConnection } from "./useBoardConnection";
