import { describe, expect, it } from 'vitest';
import { isNotificationKind, NOTIFICATION_KINDS, renderMail, type TNotificationKind } from '../../../server/core/notification-kinds.js';

describe('renderMail', () => {
  const kinds = Object.keys(NOTIFICATION_KINDS) as TNotificationKind[];

  it('says what happened in the kind’s Danish and English words, with the link', () => {
    for (const kind of kinds) {
      const mail = renderMail({ kind, url: 'https://samvirke.example.dk/referrals/abc' });
      expect(mail.subject).toBe(`Samvirke: ${NOTIFICATION_KINDS[kind].da}`);
      expect(mail.text).toContain(NOTIFICATION_KINDS[kind].da);
      expect(mail.text).toContain(NOTIFICATION_KINDS[kind].en);
      expect(mail.text.match(/https?:\/\/\S+/g)).toEqual(['https://samvirke.example.dk/referrals/abc', 'https://samvirke.example.dk/referrals/abc']);
    }
  });

  it('is the same text for every recipient: nothing but the kind and the link varies', () => {
    const a = renderMail({ kind: 'ACCOUNT_CREATED', url: 'https://x.example/a' });
    const b = renderMail({ kind: 'ACCOUNT_CREATED', url: 'https://x.example/b' });
    expect(a.subject).toBe(b.subject);
    expect(a.text.replaceAll('https://x.example/a', 'URL')).toBe(b.text.replaceAll('https://x.example/b', 'URL'));
  });
});

describe('isNotificationKind', () => {
  it('knows the kinds and nothing else', () => {
    expect(isNotificationKind('ACCOUNT_CREATED')).toBe(true);
    expect(isNotificationKind('ACCOUNT_LOCKED')).toBe(true);
    expect(isNotificationKind('toString')).toBe(false);
    expect(isNotificationKind('NO_SUCH_KIND')).toBe(false);
  });
});
