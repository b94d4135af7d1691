import type { TEntryState } from '../../../common/study-session-terms.ts';

const DAY_MS = 86_400_000;

/** The settings the entry window follows (系统设置, learning.*). */
export type WindowSettings = { recordWindowDays: number; lateEntryDays: number };

/**
 * Whether records of a session may be written at `now` (the server's time, never a typed one):
 * from its start until `recordWindowDays` after its end; later only while an approved late entry
 * (补录) is open, `lateEntryDays` from the approval.
 */
export function entryOf(
  s: {
    startsAt: Date;
    endsAt: Date;
    lateState: string | null;
    lateDecidedAt: Date | null;
  },
  now: Date,
  w: WindowSettings,
): { entry: TEntryState; entryUntil: Date | null } {
  const windowEnd = new Date(s.endsAt.getTime() + w.recordWindowDays * DAY_MS);
  if (now < s.startsAt) return { entry: 'before', entryUntil: windowEnd };
  if (now <= windowEnd) return { entry: 'open', entryUntil: windowEnd };
  if (s.lateState === 'approved' && s.lateDecidedAt) {
    const lateEnd = new Date(s.lateDecidedAt.getTime() + w.lateEntryDays * DAY_MS);
    if (now <= lateEnd) return { entry: 'late', entryUntil: lateEnd };
  }
  return { entry: 'closed', entryUntil: windowEnd };
}
