// A seeded random source for tests that explore inputs (the fuzz test, the list/gate property
// test): mulberry32, small and deterministic, so a failing run replays the same way.
export type TRandom = { next(): number; pick<T>(items: readonly T[]): T; chance(p: number): boolean };

export function seededRandom(seed: number): TRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!, chance: (p: number) => next() < p };
}
