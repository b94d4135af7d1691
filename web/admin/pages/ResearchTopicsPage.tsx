import { DocumentsPage } from '../modules/documents/components/DocumentsPage';
import {
  ResearchSections,
  researchDetailFields,
  researchDetails,
  researchValues,
} from '../modules/documents/components/researchParts';
import type { ResearchTopic } from '../modules/documents/types/document';
import { MarkPracticeButton } from '../modules/good-practices/components/MarkPracticeButton';

/** 调研课题: each leading cadre's topic, its plan, evidence and report, reviewed unit → office. */
export function ResearchTopicsPage() {
  return (
    <DocumentsPage<ResearchTopic>
      kind="research"
      detailFields={researchDetailFields}
      toValues={researchValues}
      toDetails={researchDetails}
      drawerExtra={(d) => (
        <MarkPracticeButton
          kind="document"
          subjectId={d.id}
          title={d.title}
          campaignId={d.campaignId}
        />
      )}
      sections={(topic) => <ResearchSections topic={topic} />}
    />
  );
}
