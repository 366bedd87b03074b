// Password checks take turns (ADR 0022, decision 41): at most HASHING_SLOTS argon2 computations at
// once, the rest waiting their turn, and a failed one frees its slot.
import { describe, expect, it, vi } from 'vitest';

let running = 0;
let most = 0;
const order: string[] = [];
vi.mock('argon2', () => ({
  default: {
    argon2id: 2,
    verify: async (hash: string) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      order.push(hash);
      if (hash === 'broken') throw new Error('not an argon2 hash');
      return hash.startsWith('ok');
    },
    hash: async () => 'ok-hash',
  },
}));

const { HASHING_SLOTS, verifyPassword } = await import('../../../server/modules/auth/passwords.js');

describe('password checks', () => {
  it('run at most HASHING_SLOTS at once, and a failure frees its slot', async () => {
    expect(HASHING_SLOTS).toBeGreaterThanOrEqual(1);
    expect(HASHING_SLOTS).toBeLessThanOrEqual(3);
    const hashes = Array.from({ length: 12 }, (_, i) => (i === 3 ? 'broken' : `${i % 2 === 0 ? 'ok' : 'no'}-${i}`));
    const results = await Promise.all(hashes.map((h) => verifyPassword(h, 'password')));
    expect(most).toBe(Math.min(HASHING_SLOTS, hashes.length));
    expect(running).toBe(0);
    expect(results).toEqual(hashes.map((h) => h.startsWith('ok')));
    // Every check ran, the broken one too.
    expect(order.sort()).toEqual([...hashes].sort());
  });
});
