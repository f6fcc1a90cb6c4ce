import { useEffect, useState } from "react";
import { serverClock } from "./serverClock";

/**
 * The server's time now as this page estimates it (TIMER-2), again every `everyMs` while `active`
 * (a running timer); a paused or absent timer does not re-render the page each second.
 */
export function useServerNow(active: boolean, everyMs = 250): number {
  const [now, setNow] = useState(serverClock.now);
  useEffect(() => serverClock.use(() => setNow(serverClock.now())), []);
  useEffect(() => {
    setNow(serverClock.now());
    if (!active) return;
    const interval = setInterval(() => setNow(serverClock.now()), everyMs);
    return () => clearInterval(interval);
  }, [active, everyMs]);
  return now;
}
