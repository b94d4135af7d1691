import { DocumentsPage } from '../modules/documents/components/DocumentsPage';
import {
  SelfExamHeadingsButton,
  SelfExamSections,
  selfExamDetailFields,
  selfExamDetails,
  selfExamValues,
} from '../modules/documents/components/selfExamParts';
import type { SelfExam } from '../modules/documents/types/document';

/**
 * 对照检查材料: each cadre's report against the campaign's standards, written with the masses'
 * opinions beside it, reviewed unit → office; the office sets each campaign's headings.
 */
export function SelfExamsPage() {
  return (
    <DocumentsPage<SelfExam>
      kind="self_exam"
      detailFields={selfExamDetailFields}
      toValues={selfExamValues}
      toDetails={selfExamDetails}
      sections={(doc) => <SelfExamSections doc={doc} />}
      listExtra={<SelfExamHeadingsButton />}
    />
  );
}
