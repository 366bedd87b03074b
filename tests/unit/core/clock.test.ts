import { describe, expect, it } from 'vitest';
import { createManualClock, fixedClock } from '../../../server/core/clock.js';

describe('createManualClock', () => {
  it('stands still until set or advanced', () => {
    const clock = createManualClock('2026-11-23T09:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-11-23T09:00:00.000Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-11-23T09:01:30.000Z');
    clock.set('2027-01-01T00:00:00+01:00');
    expect(clock.now().toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });

  it('hands out copies, so a caller cannot move it by mutating a Date', () => {
    const clock = createManualClock('2026-11-23T09:00:00Z');
    clock.now().setFullYear(1999);
    expect(clock.now().toISOString()).toBe('2026-11-23T09:00:00.000Z');
  });
});

describe('fixedClock', () => {
  it('always answers the same instant, as a copy', () => {
    const at = new Date('2026-11-23T09:00:00Z');
    const clock = fixedClock(at);
    clock.now().setFullYear(1999);
    at.setFullYear(2000);
    expect(clock.now().toISOString()).toBe('2026-11-23T09:00:00.000Z');
  });
});
