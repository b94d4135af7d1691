import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { apiRequest, type Page } from '../../../ui/api';
import { CASES_PATH, caseKeys } from '../../cases/api/casesApi';
import type { Case, CaseStatus } from '../../cases/types/case';
import { DOCUMENT_API, REVIEWS_PATH, reviewKeys } from '../../documents/api/documentsApi';
import {
  type AnyDocument,
  DOCUMENT_KINDS,
  type DocumentKind,
  type ReviewItem,
} from '../../documents/types/document';
import { STUDY_SESSIONS_PATH, studySessionKeys } from '../../study-sessions/api/studySessionsApi';
import type { StudySession } from '../../study-sessions/types/studySession';

/** Statuses in which a case still waits for its handler (not answered, signed off or closed). */
const OPEN: ReadonlySet<CaseStatus> = new Set([
  'received',
  'accepted',
  'assigned',
  'in_progress',
  'returned',
]);
const HOME_LIST = 100;

/** The cadre's cases still open (诉求清单: written to him or his to handle), soonest due first. */
export function useMyOpenCases(cadreId: string) {
  return useQuery({
    queryKey: [...caseKeys.lists(), 'home', cadreId],
    queryFn: async () => {
      const page = await apiRequest<Page<Case>>(CASES_PATH, {
        query: { cadreId, page: 1, pageSize: HOME_LIST },
      });
      return page.items
        .filter((c) => OPEN.has(c.status))
        .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
    },
  });
}

/** 待我审核: what waits at the reader's level of review (nothing for a role that reviews nowhere). */
export function useMyReviews() {
  return useQuery({
    queryKey: [...reviewKeys.all, 'home'],
    queryFn: () => apiRequest<Page<ReviewItem>>(REVIEWS_PATH, { query: { page: 1, pageSize: 5 } }),
  });
}

/** His study sessions from today on (he is on their roster), soonest first. */
export function useMyUpcomingSessions() {
  const today = dayjs().format('YYYY-MM-DD');
  return useQuery({
    queryKey: [...studySessionKeys.lists(), 'home', today],
    queryFn: async () => {
      const page = await apiRequest<Page<StudySession>>(STUDY_SESSIONS_PATH, {
        query: { mine: true, from: today, page: 1, pageSize: 20 },
      });
      return page.items.sort((a, b) => a.startsAt.localeCompare(b.startsAt)).slice(0, 5);
    },
  });
}

/**
 * 退回修改: the cadre's own documents sent back for revision, of every kind (调研课题, 公开信, 心得体会,
 * 对照检查材料), each kind's list read with `status=returned` for him; the latest returned first.
 * Under ['documents'], so a save or a step of any document refreshes it.
 */
export function useMyReturnedDocuments(cadreId: string) {
  return useQuery({
    queryKey: ['documents', 'home', 'returned', cadreId],
    queryFn: async () => {
      const kinds = Object.keys(DOCUMENT_KINDS) as DocumentKind[];
      const pages = await Promise.all(
        kinds.map((kind) =>
          apiRequest<Page<AnyDocument>>(DOCUMENT_API[kind], {
            query: { status: 'returned', cadreId, page: 1, pageSize: HOME_LIST },
          }),
        ),
      );
      return pages.flatMap((p) => p.items).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
  });
}
