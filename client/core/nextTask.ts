/**
 * Resolves in a task of its own: work awaited after it does not lengthen the current task. A phone's
 * long task (over 50 ms) holds up its input, so start-up work is cut into such steps.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
