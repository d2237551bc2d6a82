/**
 * The request-body bytes the service holds in memory at once, across all requests. Each request
 * takes its bytes as they arrive and gives them back when it is answered, so what a burst of
 * large bodies can cost is bounded by the budget, not by the number of clients.
 */
export class BodyBudget {
  private held = 0;

  constructor(readonly limit: number) {}

  /** Bytes held now. */
  get bytes(): number {
    return this.held;
  }

  /** Whether `n` more bytes would fit now. */
  fits(n: number): boolean {
    return this.held + n <= this.limit;
  }

  /** Takes `n` bytes if they fit; false (and nothing taken) if they do not. */
  take(n: number): boolean {
    if (!this.fits(n)) return false;
    this.held += n;
    return true;
  }

  give(n: number): void {
    this.held = Math.max(0, this.held - n);
  }
}
