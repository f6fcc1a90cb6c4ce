/** Something that changes and says so; `urgent` marks a change the user just made. */
export interface ChangingSource<T> {
  subscribe(listener: (urgent: boolean) => void): () => void;
  getState(): T;
}

export interface BatchedStore<T> {
  /** `urgent`: what the user just did, to be shown at once; else a batch of remote changes. */
  subscribe(listener: (urgent: boolean) => void): () => void;
  getSnapshot(): T;
  stop(): void;
}

type Schedule = (run: () => void) => void;

/** The next animation frame, or 100 ms at the latest (a hidden tab gets no frames). */
export const nextFrame: Schedule = (run) => {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    run();
  };
  const frame = requestAnimationFrame(once);
  const timer = setTimeout(once, 100);
};

/**
 * A view of a source that shows its newest state at most once per frame. Coming back online, a page
 * gets hundreds of acknowledgements and frames within a second; rendering the board for each of them
 * stalled the page, rendering once per frame shows the same end state without a hitch (SYNC-12).
 * What the user just did (an urgent change) is shown at once, as before.
 */
export function frameBatched<T>(source: ChangingSource<T>, schedule: Schedule = nextFrame): BatchedStore<T> {
  let shown = source.getState();
  let scheduled = false;
  let stopped = false;
  const listeners = new Set<(urgent: boolean) => void>();
  const publish = (urgent: boolean) => {
    scheduled = false;
    if (stopped) return;
    const next = source.getState();
    if (next === shown) return;
    shown = next;
    for (const listener of listeners) listener(urgent);
  };
  const unsubscribe = source.subscribe((urgent) => {
    if (urgent) return publish(true);
    if (scheduled) return;
    scheduled = true;
    schedule(() => publish(false));
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => shown,
    stop() {
      stopped = true;
      unsubscribe();
      listeners.clear();
    },
  };
}
