import { DocumentsPage } from '../modules/documents/components/DocumentsPage';
import {
  LetterDeliveries,
  letterDetailFields,
  letterDetails,
  letterValues,
} from '../modules/documents/components/letterParts';
import type { Letter } from '../modules/documents/types/document';

/** 给群众的公开信: written, reviewed unit → office, published on the citizens' site, delivered. */
export function LettersPage() {
  return (
    <DocumentsPage<Letter>
      kind="letter"
      detailFields={letterDetailFields}
      toValues={letterValues}
      toDetails={letterDetails}
      sections={(letter) => <LetterDeliveries letter={letter} />}
    />
  );
}
