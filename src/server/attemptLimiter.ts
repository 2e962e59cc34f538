/**
 * Failed code attempts, per address: after `max` failures within `windowMs`, an address is refused
 * until the oldest of them leaves the window, so that guessing codes takes centuries while a
 * student who mistypes twice is not locked out. Time comes in as `now`; memory stays bounded.
 */
export class AttemptLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly max = 5, private readonly windowMs = 60_000, private readonly maxAddresses = 10_000) {}

  /** Milliseconds `address` must wait before its next attempt (0: it may try now). */
  waitFor(address: string, now: number): number {
    const recent = this.recent(address, now);
    return recent.length < this.max ? 0 : recent[recent.length - this.max] + this.windowMs - now;
  }

  /** Count a failed attempt from `address`. */
  fail(address: string, now: number): void {
    if (!this.failures.has(address) && this.failures.size >= this.maxAddresses) this.prune(now);
    // Past the bound even after pruning (a flood from many addresses): the oldest entry goes first.
    if (!this.failures.has(address) && this.failures.size >= this.maxAddresses) this.failures.delete(this.failures.keys().next().value!);
    this.failures.set(address, [...this.recent(address, now), now]);
  }

  private recent(address: string, now: number): number[] {
    return (this.failures.get(address) ?? []).filter((t) => now - t < this.windowMs);
  }

  private prune(now: number): void {
    for (const [address, times] of this.failures) if (times.every((t) => now - t >= this.windowMs)) this.failures.delete(address);
  }
}
