// The GraphQL over HTTP audits of the graphql-http package against a running server: every
// MUST audit is a test of its own and must pass. The SHOULD and MAY audits that do not pass are
// explained in docs/graphql-over-http-audits.md; the last tests keep that page true.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';

const docPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/graphql-over-http-audits.md');

let server: TTestServer;
beforeAll(async () => {
  // Some audits ask for __type; introspection is off only in production.
  server = await startTestServer({ introspection: true });
});
afterAll(async () => {
  await server.close();
});

// The URL is read when an audit runs, after beforeAll has started the server.
const audits = serverAudits({ url: () => `${server.url}/graphql` });
const mustAudits = audits.filter((audit) => audit.name.startsWith('MUST'));
const otherAudits = audits.filter((audit) => !audit.name.startsWith('MUST'));

function explain(result: AuditResult): string {
  return result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason} (HTTP ${result.response.status})`;
}

describe('MUST audits', () => {
  it('there are MUST audits to run', () => {
    expect(mustAudits.length).toBeGreaterThanOrEqual(10);
  });

  for (const audit of mustAudits) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      expect(explain(result)).toBe('ok');
    });
  }
});

describe('SHOULD and MAY audits', () => {
  let failing: AuditResult[] = [];
  beforeAll(async () => {
    const results: AuditResult[] = [];
    // One after another: the audits are small and the machine has few cores.
    for (const audit of otherAudits) results.push(await audit.fn());
    failing = results.filter((result) => result.status !== 'ok');
  });

  it('every one that does not pass is explained in docs/graphql-over-http-audits.md', () => {
    const doc = fs.readFileSync(docPath, 'utf8');
    const unexplained = failing.filter((result) => !doc.includes(`\`${result.id}\``)).map((result) => `${result.id} ${result.name}: ${explain(result)}`);
    expect(unexplained).toEqual([]);
  });

  it('the page explains none that passes now', () => {
    const doc = fs.readFileSync(docPath, 'utf8');
    const listed = [...doc.matchAll(/^\| `([0-9A-Z]{4})` \|/gm)].map((match) => match[1]);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual(failing.map((result) => result.id).sort());
  });
});
