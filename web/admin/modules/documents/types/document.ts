import type {
  ZDocumentLinkSchema,
  ZReviewQueueItemSchema,
  ZSimilarDocumentsSchema,
} from '../../../../../common/document-api.ts';
import type {
  ZLetterDeliveryCreateSchema,
  ZLetterDeliverySchema,
  ZLetterSchema,
} from '../../../../../common/letters.ts';
import type { ZReflectionSchema } from '../../../../../common/reflections.ts';
import type { ZResearchTopicSchema } from '../../../../../common/research.ts';
import type {
  ZSelfExamHeadingsSchema,
  ZSelfExamOpinionsSchema,
  ZSelfExamSchema,
} from '../../../../../common/self-exams.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The shapes are the server's (common/document-api.ts, research.ts, letters.ts); type-only.
export {
  DOCUMENT_KINDS,
  DOCUMENT_RATING_LABELS,
  DOCUMENT_STATE_LABELS,
  DOCUMENT_STATES,
  type TDocumentKind as DocumentKind,
  type TDocumentState as DocumentState,
} from '../../../../../common/documents.ts';

export type ResearchTopic = TJson<typeof ZResearchTopicSchema>;
export type Letter = TJson<typeof ZLetterSchema>;
export type Reflection = TJson<typeof ZReflectionSchema>;
export type SelfExam = TJson<typeof ZSelfExamSchema>;
/** Any kind: what the list, the drawer and the steps share. */
export type AnyDocument = ResearchTopic | Letter | Reflection | SelfExam;
export type SimilarDocuments = TJson<typeof ZSimilarDocumentsSchema>;
export type SelfExamOpinions = TJson<typeof ZSelfExamOpinionsSchema>;
export type SelfExamHeadings = TJson<typeof ZSelfExamHeadingsSchema>;
export type DocumentLink = TJson<typeof ZDocumentLinkSchema>;
export type LetterDelivery = TJson<typeof ZLetterDeliverySchema>;
export type LetterDeliveryInput = TJson<typeof ZLetterDeliveryCreateSchema>;
export type ReviewItem = TJson<typeof ZReviewQueueItemSchema>;
