import type { Random } from "./random";

/**
 * Items in a seeded random order within consecutive windows of `window` items: out of order like
 * a real export (a message before its conversation, an order before the chat that led to it),
 * while memory stays at one window.
 */
export function* scramble<T>(items: Iterable<T>, rng: Random, window: number): Generator<T, void, undefined> {
  let buffer: T[] = [];
  for (const item of items) {
    buffer.push(item);
    if (buffer.length === window) {
      yield* rng.shuffle(buffer);
      buffer = [];
    }
  }
  yield* rng.shuffle(buffer);
}
