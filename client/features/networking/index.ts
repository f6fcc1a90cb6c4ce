/** The networking wall: business cards, finding each other, vCards; the view itself is a lazy chunk. */
import { lazyPart } from "../../core/lazyPart";

export const NetworkingView = lazyPart(() => import("./NetworkingView").then((m) => m.NetworkingView));
