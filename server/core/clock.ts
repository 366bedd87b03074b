// Time is injected: deadlines, reminders, retention and jobs take "now" from a clock,
// so tests and runJob(at:) can move it without waiting.
export type TClock = { now(): Date };

export const systemClock: TClock = { now: () => new Date() };

export type TManualClock = TClock & { set(at: Date | string): void; advance(ms: number): void };

export function createManualClock(start: Date | string = new Date()): TManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

export function fixedClock(at: Date): TClock {
  // Keep the instant, not the caller's Date object: mutating that later must not move the clock.
  const time = at.getTime();
  return { now: () => new Date(time) };
}
