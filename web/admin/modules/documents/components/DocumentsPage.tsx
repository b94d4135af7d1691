import { Button, type UploadFile } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { t } from '../../../i18n';
import { ExcelActions } from '../../../ui/excel/ExcelActions';
import { deleteAction } from '../../../ui/list/cells';
import { FormDialog } from '../../../ui/list/FormDialog';
import type { Field } from '../../../ui/list/fields';
import { ListPage } from '../../../ui/list/ListPage';
import { useRowChange, useSave } from '../../../ui/list/mutations';
import { useList } from '../../../ui/list/useList';
import { useUrlParam } from '../../../ui/list/useUrlParam';
import { UploadsField, uploadedIds } from '../../../ui/UploadsField';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { usePermissions } from '../../auth/hooks/usePermissions';
import {
  createDocument,
  DOCUMENT_API,
  deleteDocument,
  documentKeys,
  updateDocument,
} from '../api/documentsApi';
import { type AnyDocument, DOCUMENT_KINDS, type DocumentKind } from '../types/document';
import { DocumentDrawer } from './DocumentDrawer';
import { DocumentFiles } from './DocumentFiles';
import {
  authorFields,
  bodyField,
  documentColumns,
  documentFilters,
  titleField,
} from './documentFields';

const WORDS = [
  'title',
  'create',
  'createTitle',
  'editTitle',
  'empty',
  'titleLabel',
  'titleRequired',
  'body',
  'bodyHint',
  'print',
] as const;

/** The words of a kind's page: its block of the catalog (documents.research, documents.letter). */
const wordsOf = (kind: DocumentKind) =>
  Object.fromEntries(WORDS.map((w) => [w, t(`documents.${kind}.${w}`)])) as Record<
    (typeof WORDS)[number],
    string
  >;

export type DocumentPageSpec<D extends AnyDocument> = {
  kind: DocumentKind;
  /**
   * the kind's own fields in the form (details), after the title and before the text; or made
   * knowing whether the form is open (对照检查材料: its opinions panel shows while it is)
   */
  detailFields: readonly Field<never>[] | ((open: boolean) => readonly Field<never>[]);
  /** the form's values of the details, and the details from the form's values */
  toValues: (doc: D | null) => Record<string, unknown>;
  toDetails: (values: Record<string, unknown>) => Record<string, unknown>;
  /** the kind's own parts of the drawer */
  sections?: (doc: D) => ReactNode;
  /** more buttons in the drawer's header (打印) */
  drawerExtra?: (doc: D) => ReactNode;
  /** more buttons beside the list's Excel ones (对照标准设置) */
  listExtra?: ReactNode;
};

/**
 * The page of one reviewable-document kind (调研课题, 公开信 …): its list with filters and Excel,
 * the form to write or change one (a writer may write for a cadre of his units), and the drawer
 * with its text, its steps and its review. A kind gives its detail fields and parts; its words are its block of the catalog.
 */
export function DocumentsPage<D extends AnyDocument>({
  kind,
  detailFields,
  toValues,
  toDetails,
  sections,
  drawerExtra,
  listExtra,
}: DocumentPageSpec<D>) {
  const user = useCurrentUser();
  const { canWrite } = usePermissions();
  const words = useMemo(() => wordsOf(kind), [kind]);
  const keys = documentKeys(kind);
  const [viewing, setViewing] = useUrlParam('id');
  const [editing, setEditing] = useState<D | null>();
  const list = useList<D>({
    path: DOCUMENT_API[kind],
    queryKey: keys.lists(),
    filters: documentFilters,
  });
  const save = useSave(
    (input: object) => createDocument(kind, input),
    (id: string, input: object) => updateDocument(kind, id, input),
    ['documents'],
  );
  const remove = useRowChange((id) => deleteDocument(kind, id), ['documents']);
  const mayCreate = canWrite || Boolean(user.cadreId);
  const open = editing !== undefined;
  const form = useMemo(
    () => (creating: boolean) => [
      ...(creating ? authorFields(canWrite) : []),
      titleField(words.titleLabel, words.titleRequired),
      ...(typeof detailFields === 'function' ? detailFields(open) : detailFields),
      bodyField(words.body, words.bodyHint),
      {
        name: 'uploads',
        label: t('documents.common.attachments'),
        kind: 'text',
        element: (
          <UploadsField
            label={t('documents.common.attachments')}
            hint={t('documents.common.attachmentsHint')}
            button={t('documents.common.upload')}
          />
        ),
      } as Field<never>,
    ],
    [canWrite, detailFields, words, open],
  );
  const columns = documentColumns<D>(
    (row) => setViewing(row.id),
    (row) => [
      { label: t('documents.common.view'), onClick: () => setViewing(row.id) },
      { label: t('documents.common.edit'), onClick: () => setEditing(row), shown: row.editable },
      deleteAction(
        row.title,
        () => remove.mutateAsync({ id: row.id, arg: undefined }),
        remove.isPending,
        row.editable && row.state === 'draft' && row.submittedAt === null,
      ),
    ],
    DOCUMENT_KINDS[kind].rating !== undefined,
  );
  return (
    <ListPage<D, typeof list.filters>
      title={words.title}
      create={{ label: words.create, onClick: () => setEditing(null), shown: mayCreate }}
      extra={
        <>
          {listExtra}
          <ExcelActions
            basePath={DOCUMENT_API[kind]}
            exportFileName={`${words.title}.xlsx`}
            exportQuery={list.query}
          />
        </>
      }
      filters={documentFilters}
      list={list}
      columns={columns}
      rowKey="id"
      empty={words.empty}
    >
      <FormDialog<D, Record<string, unknown>>
        name={kind}
        editing={editing}
        width={760}
        title={{ create: words.createTitle, edit: words.editTitle }}
        fields={form(editing === null)}
        initialValues={(doc) => ({ title: doc?.title, body: doc?.body, ...toValues(doc) })}
        onSubmit={(values, doc) => {
          const { cadreId, campaignId, title, body } = values as Record<string, string | undefined>;
          const attachmentIds = uploadedIds(values.uploads as UploadFile<never>[] | undefined);
          const common = { title, body: body ?? '', details: toDetails(values), attachmentIds };
          const input = doc
            ? common
            : { ...common, cadreId: cadreId || undefined, campaignId: campaignId || undefined };
          return save.mutateAsync({ id: doc?.id ?? null, input }).then((saved) => {
            if (!doc) setViewing((saved as AnyDocument).id);
          });
        }}
        onClose={() => setEditing(undefined)}
      />
      <DocumentDrawer<D>
        kind={kind}
        id={viewing}
        title={words.title}
        bodyLabel={words.body}
        onClose={() => setViewing(null)}
        extra={(doc) => (
          <>
            {doc.editable ? (
              <Button onClick={() => setEditing(doc)}>{t('documents.common.edit')}</Button>
            ) : null}
            <Button
              href={`${DOCUMENT_API[kind]}/${encodeURIComponent(doc.id)}/print.pdf`}
              target="_blank"
            >
              {words.print}
            </Button>
            {drawerExtra?.(doc)}
          </>
        )}
      >
        {(doc) => (
          <>
            {sections?.(doc)}
            <DocumentFiles doc={doc} />
          </>
        )}
      </DocumentDrawer>
    </ListPage>
  );
}
