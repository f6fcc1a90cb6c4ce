import { type ComponentType, createElement, lazy, type ReactNode, Suspense, useState } from "react";
import { PartBoundary } from "./PartBoundary";

/** A component whose code is fetched when first needed, or earlier with `preload()`. */
export type LazyPart<P> = ComponentType<P> & { preload(): Promise<void>; isLoaded(): boolean };

/**
 * Code that the board does not need for its first paint (the start page, dialogs, editors,
 * moderator tools) lives in chunks of its own: `lazyPart(() => import("./X").then((m) => m.X))`.
 * The part brings its own Suspense (showing nothing while loading) and error boundary. A part shown
 * with the board's first paint gives a `placeholder` of its size, so that its late arrival on a slow
 * phone moves nothing (UI-8).
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholder: ReactNode = null,
): LazyPart<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const start = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return { default: component };
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(start);

  function Part(props: P) {
    // Chosen once per instance: switching between the two would re-create the part and lose its state.
    const [Loaded] = useState<ComponentType<P> | null>(() => loaded);
    if (Loaded) return createElement(Loaded, props);
    return createElement(
      PartBoundary,
      null,
      createElement(Suspense, { fallback: placeholder }, createElement(Lazy, props)),
    );
  }
  Part.preload = () =>
    start().then(
      () => undefined,
      () => undefined,
    );
  Part.isLoaded = () => loaded !== null;
  return Part;
}
