import { t } from '../i18n';
import { DocumentsPage } from '../modules/documents/components/DocumentsPage';
import {
  ResearchSections,
  researchDetailFields,
  researchDetails,
  researchValues,
} from '../modules/documents/components/researchParts';
import type { ResearchTopic } from '../modules/documents/types/document';

const words = {
  title: t('documents.research.title'),
  create: t('documents.research.create'),
  createTitle: t('documents.research.createTitle'),
  editTitle: t('documents.research.editTitle'),
  empty: t('documents.research.empty'),
  titleLabel: t('documents.research.titleLabel'),
  titleRequired: t('documents.research.titleRequired'),
  body: t('documents.research.body'),
  bodyHint: t('documents.research.bodyHint'),
  print: t('documents.research.print'),
};

/** 调研课题: each leading cadre's topic, its plan, evidence and report, reviewed unit → office. */
export function ResearchTopicsPage() {
  return (
    <DocumentsPage<ResearchTopic>
      kind="research"
      words={words}
      detailFields={researchDetailFields}
      toValues={researchValues}
      toDetails={researchDetails}
      sections={(topic) => <ResearchSections topic={topic} />}
    />
  );
}
