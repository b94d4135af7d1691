import { t } from '../i18n';
import { DocumentsPage } from '../modules/documents/components/DocumentsPage';
import {
  LetterDeliveries,
  letterDetailFields,
  letterDetails,
  letterValues,
} from '../modules/documents/components/letterParts';
import type { Letter } from '../modules/documents/types/document';

const words = {
  title: t('documents.letter.title'),
  create: t('documents.letter.create'),
  createTitle: t('documents.letter.createTitle'),
  editTitle: t('documents.letter.editTitle'),
  empty: t('documents.letter.empty'),
  titleLabel: t('documents.letter.titleLabel'),
  titleRequired: t('documents.letter.titleRequired'),
  body: t('documents.letter.body'),
  bodyHint: t('documents.letter.bodyHint'),
  print: t('documents.letter.print'),
};

/** 给群众的公开信: written, reviewed unit → office, published on the citizens' site, delivered. */
export function LettersPage() {
  return (
    <DocumentsPage<Letter>
      kind="letter"
      words={words}
      detailFields={letterDetailFields}
      toValues={letterValues}
      toDetails={letterDetails}
      sections={(letter) => <LetterDeliveries letter={letter} />}
    />
  );
}
