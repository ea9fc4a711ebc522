import { describe, expect, it } from 'vitest';
import { renderPermissionsDoc } from './doc.js';

describe('permissions document', () => {
  const doc = renderPermissionsDoc();
  const row = (subject: string) => doc.split('\n').find((l) => l.startsWith(`| ${subject} |`)) ?? '';

  it('puts every condition into words (no raw query objects)', () => {
    expect(doc).not.toMatch(/\$in|\$ne|\{"/);
  });

  it('says what DESIGN.md’s table says', () => {
    expect(row('Pairing')).toContain('read: self as mentee, without `riskNotes`');
    expect(row('Pairing')).toContain('review: own bureau, when `IN_REVIEW`');
    expect(row('Visit')).toContain('without `confidentialNotes`');
    expect(row('Visit')).toContain('update: written by them, on pairs they mentor, until acknowledged');
    expect(row('Talk')).toContain('read: self as talkee, non-confidential, without `assessment`');
    // The talker reads and corrects their own talks (the 7-day lock is the server's, like visits').
    expect(row('Talk')).toContain('read, update: held by them');
    expect(row('Talk')).toContain('<br>update: held by them');
    expect(row('ActionItem')).toContain('read, complete: owned by them');
    // 三员分立: the auditor reads the log; the committee, whose reads it records, does not.
    expect(row('AuditEvent')).toBe('| AuditEvent | — | — | — | — | — | read: own bureau |');
    expect(row('Account')).toBe(
      '| Account | — | — | — | — | read, create: own bureau<br>update, resetPassword: own bureau, not their own | read: own bureau |',
    );
    expect(row('Officer')).toContain(
      'read: own bureau, without `flaggedReason`, `currentPairing`, `activeMentoringCount`',
    );
  });
});
