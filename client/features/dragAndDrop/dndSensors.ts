import { PointerSensor, TouchSensor, useSensor, useSensors } from "@dnd-kit/core";
import type { PointerEvent } from "react";

/**
 * Mouse and pen drag after a few pixels. Touch is left to the TouchSensor, which waits for a long
 * press: otherwise every swipe to scroll the page would pick up the card under the finger.
 */
class MouseAndPenSensor extends PointerSensor {
  static activators = [
    {
      eventName: "onPointerDown" as const,
      handler: (event: PointerEvent, options: Parameters<(typeof PointerSensor.activators)[0]["handler"]>[1]) =>
        event.nativeEvent.pointerType !== "touch" && PointerSensor.activators[0].handler(event, options),
    },
  ];
}

export function useCardSensors() {
  return useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );
}
