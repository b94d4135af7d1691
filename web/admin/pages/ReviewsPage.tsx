import { Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { t } from '../i18n';
import { REVIEWS_PATH, reviewKeys } from '../modules/documents/api/documentsApi';
import { DOCUMENT_KINDS, type ReviewItem } from '../modules/documents/types/document';
import { formatDateTime } from '../ui/format';
import { type Field, options } from '../ui/list/fields';
import { ListPage } from '../ui/list/ListPage';
import { actionColumn } from '../ui/list/ListTable';
import { useList } from '../ui/list/useList';

const kinds = Object.keys(DOCUMENT_KINDS) as (keyof typeof DOCUMENT_KINDS)[];
const filters: readonly Field<never>[] = [
  {
    name: 'kind',
    label: t('documents.reviews.kindFilter'),
    kind: 'select',
    options: options(kinds, (k) => DOCUMENT_KINDS[k].label),
    width: 140,
  },
];

/** 待我审核: what waits at the reader's level of review, oldest first; 审核 opens it. */
export function ReviewsPage() {
  const navigate = useNavigate();
  const list = useList<ReviewItem>({ path: REVIEWS_PATH, queryKey: reviewKeys.all, filters });
  return (
    <ListPage<ReviewItem, typeof list.filters>
      title={t('documents.reviews.title')}
      filters={filters}
      list={list}
      rowKey="id"
      empty={t('documents.reviews.empty')}
      columns={[
        { title: t('documents.reviews.kind'), dataIndex: 'kindLabel', width: 100 },
        { title: t('documents.common.title'), dataIndex: 'title', width: 260 },
        { title: t('documents.common.cadre'), dataIndex: 'cadreName', width: 110 },
        { title: t('documents.common.org'), dataIndex: 'orgName', width: 160 },
        { title: t('documents.common.waitingFor'), dataIndex: 'waitingFor', width: 110 },
        {
          title: t('documents.common.submittedAt'),
          key: 'submittedAt',
          width: 140,
          render: (_: unknown, r: ReviewItem) => formatDateTime(r.submittedAt),
        },
        actionColumn(80, (r: ReviewItem) => (
          <Button type="link" size="small" onClick={() => navigate(r.path)}>
            {t('documents.reviews.open')}
          </Button>
        )),
      ]}
    />
  );
}
