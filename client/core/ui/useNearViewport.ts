import { type RefObject, startTransition, useEffect, useState } from "react";

type Watcher = (near: boolean) => void;

const watchers = new Map<Element, Watcher>();
let observer: IntersectionObserver | null = null;

/** One observer for all chunks of the page; "near" is within a screen height of the viewport. */
function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      // Not urgent: React may spread the work over several frames, so scrolling stays smooth.
      startTransition(() => {
        for (const entry of entries) watchers.get(entry.target)?.(entry.isIntersecting);
      });
    },
    { rootMargin: "100% 0px" },
  );
  return observer;
}

/**
 * Whether an element is on screen or close to it (false until the browser first says so). Where
 * there is no IntersectionObserver, everything counts as near.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const shared = sharedObserver();
    watchers.set(element, setNear);
    shared.observe(element);
    return () => {
      watchers.delete(element);
      shared.unobserve(element);
    };
  }, [ref]);
  return near;
}
