import { apiRequest } from '../../../ui/api';
import type {
  CadreCard,
  CadreCardInput,
  CardRecord,
  CardRecordInput,
  CardRecordList,
} from '../types/card';

const cadrePath = (cadreId: string) => `/api/cadres/${encodeURIComponent(cadreId)}`;

/** One card as a PDF (business-card size); shown inline when opened, saved when downloaded. */
export const cardPdfPath = (cadreId: string) => `${cadrePath(cadreId)}/card.pdf`;
/** A unit's leading cadres' cards, ten to an A4 sheet with cut marks. */
export const unitCardsPdfPath = (orgId: string) =>
  `/api/orgs/${encodeURIComponent(orgId)}/cards.pdf`;

export const cardKeys = {
  all: ['cards'] as const,
  card: (cadreId: string) => [...cardKeys.all, 'card', cadreId] as const,
  records: (cadreId: string) => [...cardKeys.all, 'records', cadreId] as const,
};

export function fetchCard(cadreId: string): Promise<CadreCard> {
  return apiRequest<CadreCard>(`${cadrePath(cadreId)}/card`);
}

export function saveCard(cadreId: string, input: CadreCardInput): Promise<CadreCard> {
  return apiRequest<CadreCard>(`${cadrePath(cadreId)}/card`, { method: 'PUT', body: input });
}

export function fetchCardRecords(cadreId: string): Promise<CardRecordList> {
  return apiRequest<CardRecordList>(`${cadrePath(cadreId)}/card-records`);
}

export function createCardRecord(cadreId: string, input: CardRecordInput): Promise<CardRecord> {
  return apiRequest<CardRecord>(`${cadrePath(cadreId)}/card-records`, {
    method: 'POST',
    body: input,
  });
}

export function deleteCardRecord(id: string): Promise<void> {
  return apiRequest<void>(`/api/card-records/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
