import seedrandom from 'seedrandom';

/**
 * Named seeded streams for one turn. Each stream is keyed by (run seed, turn, purpose), so that a
 * draw added for one purpose never shifts another stream, and a resumed game needs no saved state:
 * the streams of turn t are rebuilt from the seed alone.
 */
export class TurnStreams {
  private readonly streams = new Map<string, seedrandom.PRNG>();

  constructor(
    private readonly seed: number,
    private readonly turn: number,
  ) {}

  /** The next uniform draw in [0, 1) of the stream named `purpose` (e.g. "decide/russia", "talks/inf"). */
  draw(purpose: string): number {
    let stream = this.streams.get(purpose);
    if (!stream) {
      stream = seedrandom.alea(`${this.seed}|${this.turn}|${purpose}`);
      this.streams.set(purpose, stream);
    }
    return stream();
  }
}
