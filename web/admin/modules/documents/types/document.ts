import type {
  ZDocumentLinkSchema,
  ZReviewQueueItemSchema,
} from '../../../../../common/document-api.ts';
import type {
  ZLetterDeliveryCreateSchema,
  ZLetterDeliverySchema,
  ZLetterSchema,
} from '../../../../../common/letters.ts';
import type { ZResearchTopicSchema } from '../../../../../common/research.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/document-api.ts, research.ts, letters.ts); type-only.
export {
  DOCUMENT_KINDS,
  DOCUMENT_STATE_LABELS,
  DOCUMENT_STATES,
  type TDocumentKind as DocumentKind,
  type TDocumentState as DocumentState,
} from '../../../../../common/documents.ts';

export type ResearchTopic = TJson<typeof ZResearchTopicSchema>;
export type Letter = TJson<typeof ZLetterSchema>;
/** Either kind: what the list, the drawer and the steps share. */
export type AnyDocument = ResearchTopic | Letter;
export type DocumentLink = TJson<typeof ZDocumentLinkSchema>;
export type LetterDelivery = TJson<typeof ZLetterDeliverySchema>;
export type LetterDeliveryInput = TJson<typeof ZLetterDeliveryCreateSchema>;
export type ReviewItem = TJson<typeof ZReviewQueueItemSchema>;
