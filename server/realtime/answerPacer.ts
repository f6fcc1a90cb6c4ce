/**
 * Spreads big answers over turns of the event loop: at most `bytesPerTurn` of snapshot text go out in
 * one turn (the first always may), later ones wait for the next. A flood of joins asking for a 2 MB
 * board then costs a few milliseconds per turn, and every other socket's ops and acks are handled in
 * between, instead of waiting behind a second of serialization (LIMIT-2, the hostile-neighbour bench).
 */
export class AnswerPacer {
  private spent = 0;
  private readonly waiting: { bytes: number; go: () => void }[] = [];
  private turnScheduled = false;

  constructor(private readonly bytesPerTurn = 2 * 1024 * 1024) {}

  /** Resolves when an answer of `bytes` may be sent. */
  whenFree(bytes: number): Promise<void> {
    if (this.waiting.length === 0 && (this.spent === 0 || this.spent + bytes <= this.bytesPerTurn)) {
      this.spent += bytes;
      this.scheduleTurn();
      return Promise.resolve();
    }
    return new Promise((go) => {
      this.waiting.push({ bytes, go });
      this.scheduleTurn();
    });
  }

  /** The next turn starts with a fresh budget and lets the waiting answers go that fit in it. */
  private scheduleTurn(): void {
    if (this.turnScheduled) return;
    this.turnScheduled = true;
    setImmediate(() => {
      this.turnScheduled = false;
      this.spent = 0;
      while (this.waiting.length > 0) {
        const next = this.waiting[0];
        if (this.spent > 0 && this.spent + next.bytes > this.bytesPerTurn) break;
        this.waiting.shift();
        this.spent += next.bytes;
        next.go();
      }
      if (this.waiting.length > 0) this.scheduleTurn();
    });
  }
}
