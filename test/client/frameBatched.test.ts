import { describe, expect, it } from "vitest";
import { frameBatched } from "../../client/sync/frameBatched";

function counterSource() {
  let state = 0;
  const listeners = new Set<(urgent: boolean) => void>();
  return {
    subscribe(listener: (urgent: boolean) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    bump(urgent = false) {
      state++;
      for (const listener of listeners) listener(urgent);
    },
  };
}

describe("state shown once per frame", () => {
  it("SYNC-12 many changes between two frames reach the page as one, with the newest state", () => {
    const source = counterSource();
    const frames: (() => void)[] = [];
    const store = frameBatched(source, (run) => frames.push(run));
    let notified = 0;
    store.subscribe(() => notified++);
    for (let i = 0; i < 200; i++) source.bump();
    expect(store.getSnapshot()).toBe(0);
    expect(frames).toHaveLength(1);
    frames.shift()?.();
    expect(notified).toBe(1);
    expect(store.getSnapshot()).toBe(200);
    source.bump();
    expect(frames).toHaveLength(1);
    store.stop();
    frames.shift()?.();
    expect(notified).toBe(1);
  });

  it("SYNC-12 what the user just did is shown at once, with everything before it", () => {
    const source = counterSource();
    const frames: (() => void)[] = [];
    const store = frameBatched(source, (run) => frames.push(run));
    let notified = 0;
    const urgency: boolean[] = [];
    store.subscribe((urgent) => {
      notified++;
      urgency.push(urgent);
    });
    source.bump();
    source.bump(true);
    expect(store.getSnapshot()).toBe(2);
    expect(notified).toBe(1);
    expect(urgency).toEqual([true]);
    source.bump();
    frames.shift()?.();
    expect(urgency).toEqual([true, false]);
    expect(notified).toBe(2);
  });
});
