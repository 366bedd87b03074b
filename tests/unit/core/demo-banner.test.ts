import { describe, expect, it } from 'vitest';
import { demoBanner } from '../../../server/demo-banner.js';

describe('demo banner', () => {
  it('names the default password only when it is the default, and the mailbox only when there is one', () => {
    const own = demoBanner({ url: 'http://127.0.0.1:4000', passwordIsDefault: false, defaultPassword: 'secret-of-the-operator', mailbox: false });
    expect(own).not.toContain('secret-of-the-operator');
    expect(own).toContain('the DEMO_PASSWORD you set');
    expect(own).not.toContain('/dev/mailbox');
    const plain = demoBanner({ url: 'http://127.0.0.1:4000', passwordIsDefault: true, defaultPassword: 'demo-password', mailbox: true });
    expect(plain).toContain('the password "demo-password"');
    expect(plain).toContain('http://127.0.0.1:4000/development/mail');
    expect(plain.split('\n').length).toBeLessThan(20);
  });
});
