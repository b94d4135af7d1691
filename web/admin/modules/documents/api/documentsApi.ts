import { apiRequest } from '../../../ui/api';
import type {
  AnyDocument,
  DocumentKind,
  DocumentLink,
  LetterDelivery,
  LetterDeliveryInput,
  SelfExamHeadings,
  SelfExamOpinions,
  SimilarDocuments,
} from '../types/document';

/** Each kind's API under /api (common/documents.ts names its admin page; this its resource). */
export const DOCUMENT_API: Record<DocumentKind, string> = {
  research: '/api/research-topics',
  letter: '/api/letters',
  reflection: '/api/reflections',
  self_exam: '/api/self-exams',
};
export const REVIEWS_PATH = '/api/reviews';

export const documentKeys = (kind: DocumentKind) => {
  const all = ['documents', kind] as const;
  return {
    all,
    lists: () => [...all, 'list'] as const,
    detail: (id: string) => [...all, 'detail', id] as const,
    links: (id: string) => [...all, 'detail', id, 'links'] as const,
    deliveries: (id: string) => [...all, 'detail', id, 'deliveries'] as const,
    similar: (id: string) => [...all, 'detail', id, 'similar'] as const,
  };
};
export const reviewKeys = { all: ['documents', 'reviews'] as const };

const one = (kind: DocumentKind, id: string) => `${DOCUMENT_API[kind]}/${encodeURIComponent(id)}`;

export const fetchDocument = <D extends AnyDocument>(kind: DocumentKind, id: string) =>
  apiRequest<D>(one(kind, id));
export const createDocument = (kind: DocumentKind, input: object) =>
  apiRequest<AnyDocument>(DOCUMENT_API[kind], { method: 'POST', body: input });
export const updateDocument = (kind: DocumentKind, id: string, input: object) =>
  apiRequest<AnyDocument>(one(kind, id), { method: 'PATCH', body: input });
export const deleteDocument = (kind: DocumentKind, id: string) =>
  apiRequest<void>(one(kind, id), { method: 'DELETE' });

export const fetchLinks = (id: string) =>
  apiRequest<{ items: DocumentLink[] }>(`${one('research', id)}/links`);
export const addLink = (id: string, input: { targetType: 'visit' | 'case'; targetId: string }) =>
  apiRequest<{ items: DocumentLink[] }>(`${one('research', id)}/links`, {
    method: 'POST',
    body: input,
  });
export const removeLink = (id: string, linkId: string) =>
  apiRequest<void>(`${one('research', id)}/links/${encodeURIComponent(linkId)}`, {
    method: 'DELETE',
  });

export const fetchDeliveries = (id: string) =>
  apiRequest<{ items: LetterDelivery[] }>(`${one('letter', id)}/deliveries`);
export const addDelivery = (id: string, input: LetterDeliveryInput) =>
  apiRequest<{ items: LetterDelivery[] }>(`${one('letter', id)}/deliveries`, {
    method: 'POST',
    body: input,
  });
export const removeDelivery = (id: string, deliveryId: string) =>
  apiRequest<void>(`${one('letter', id)}/deliveries/${encodeURIComponent(deliveryId)}`, {
    method: 'DELETE',
  });

/** 材料雷同: the campaign's materials close to this one (reviewers and overseers only). */
export const fetchSimilar = (kind: DocumentKind, id: string) =>
  apiRequest<SimilarDocuments>(`${one(kind, id)}/similar`);

/** 群众意见 for a cadre (default: the reader) in a campaign (default: the one running now). */
export const opinionsKeys = {
  all: ['documents', 'self_exam', 'opinions'] as const,
  of: (cadreId?: string, campaignId?: string) =>
    [...opinionsKeys.all, cadreId ?? '', campaignId ?? ''] as const,
};
export const fetchOpinions = (cadreId?: string, campaignId?: string) => {
  const q = new URLSearchParams();
  if (cadreId) q.set('cadreId', cadreId);
  if (campaignId) q.set('campaignId', campaignId);
  const qs = q.toString();
  return apiRequest<SelfExamOpinions>(`/api/self-exams/opinions${qs ? `?${qs}` : ''}`);
};

/** 对照标准与根源剖析方面 of a campaign (the 2014 ones when it has none of its own). */
export const headingsKeys = {
  of: (campaignId: string) => ['documents', 'self_exam', 'headings', campaignId] as const,
};
const headingsPath = (campaignId: string) =>
  `/api/campaigns/${encodeURIComponent(campaignId)}/self-exam-headings`;
export const fetchHeadings = (campaignId: string) =>
  apiRequest<SelfExamHeadings>(headingsPath(campaignId));
export const saveHeadings = (campaignId: string, input: SelfExamHeadings) =>
  apiRequest<SelfExamHeadings>(headingsPath(campaignId), { method: 'PUT', body: input });
