import { Button, Space, type UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { ACCESS, may } from '../../../common/access.ts';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import {
  createRectification,
  deleteRectification,
  RECTIFICATIONS_PATH,
  rectificationKeys,
  updateRectification,
} from '../modules/rectifications/api/rectificationsApi';
import { ProgressTable } from '../modules/rectifications/components/ProgressTable';
import { RectificationDrawer } from '../modules/rectifications/components/RectificationDrawer';
import { RemindButton } from '../modules/rectifications/components/RemindButton';
import {
  rectificationColumns,
  rectificationFilters,
  rectificationForm,
} from '../modules/rectifications/components/rectificationFields';
import type { Rectification } from '../modules/rectifications/types/rectification';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { deleteAction } from '../ui/list/cells';
import { FormDialog } from '../ui/list/FormDialog';
import { ListPage } from '../ui/list/ListPage';
import { useRowChange, useSave } from '../ui/list/mutations';
import { useList } from '../ui/list/useList';
import { useUrlParam } from '../ui/list/useUrlParam';
import { uploadedIds } from '../ui/UploadsField';

const R = 'rectifications' as const;

type Values = Record<string, unknown> & { uploads?: UploadFile<never>[] };

/** The body of a save: the form's values with empty choices as null, the uploads as ids. */
function toInput(values: Values, creating: boolean) {
  const { uploads, cadreId, ...rest } = values;
  const orNull = (v: unknown) => (v === undefined || v === '' ? null : v);
  return {
    ...rest,
    ...(creating && cadreId ? { cadreId } : {}),
    campaignId: orNull(rest.campaignId),
    selfExamId: orNull(rest.selfExamId),
    caseId: orNull(rest.caseId),
    standard: orNull(rest.standard),
    deadline: rest.deadline ? (rest.deadline as Dayjs).format('YYYY-MM-DD') : undefined,
    attachmentIds: uploadedIds(uploads),
  };
}

/**
 * 整改清单: the items of the reader's scope (a cadre his own) with 逾期 in red, the progress per
 * unit above the list for those who oversee, the form (from scratch or from a self-exam report,
 * linked to a citizen's case or not) and the drawer with the steps and the history.
 */
export function RectificationsPage() {
  const user = useCurrentUser();
  const writer = may(ACCESS.rectifications.ofAnyCadre, user.role);
  const mayCreate = writer || (user.role === 'cadre' && Boolean(user.cadreId));
  const oversees = user.role !== 'cadre';
  const [viewing, setViewing] = useUrlParam('view');
  const [editing, setEditing] = useState<Rectification | null>();
  const list = useList<Rectification>({
    path: RECTIFICATIONS_PATH,
    queryKey: rectificationKeys.lists(),
    filters: rectificationFilters,
  });
  const save = useSave(createRectification, updateRectification, rectificationKeys.all);
  const remove = useRowChange((id) => deleteRectification(id), rectificationKeys.all);
  const form = useMemo(
    () => rectificationForm(editing === null, writer, user.cadreId),
    [editing, writer, user.cadreId],
  );
  const filters = list.filters as { orgId?: string; campaignId?: string };
  const editable = (r: Rectification) => r.state === 'open' || r.state === 'in_progress';
  const columns = rectificationColumns(
    (row) => setViewing(row.id),
    (row) => [
      { label: t(`${R}.view`), onClick: () => setViewing(row.id) },
      {
        label: t(`${R}.edit`),
        onClick: () => setEditing(row),
        shown: mayCreate && editable(row),
      },
      deleteAction(
        t(`${R}.deleteName`, { name: row.problem.slice(0, 20) }),
        () => remove.mutateAsync({ id: row.id, arg: undefined }),
        remove.isPending,
        mayCreate && row.state === 'open',
      ),
    ],
  );
  return (
    <ListPage<Rectification, typeof list.filters>
      title={t(`${R}.title`)}
      create={{ label: t(`${R}.create`), onClick: () => setEditing(null), shown: mayCreate }}
      extra={
        <Space wrap>
          {writer ? <RemindButton orgId={filters.orgId} campaignId={filters.campaignId} /> : null}
          <ExcelActions
            basePath={RECTIFICATIONS_PATH}
            exportFileName={`${t(`${R}.title`)}.xlsx`}
            exportQuery={list.query}
          />
        </Space>
      }
      summary={
        oversees ? (
          <ProgressTable orgId={filters.orgId} campaignId={filters.campaignId} />
        ) : undefined
      }
      filters={rectificationFilters}
      list={list}
      columns={columns}
      rowKey="id"
      empty={t(`${R}.empty`)}
    >
      <FormDialog<Rectification, Values>
        name="rectification"
        editing={editing}
        width={760}
        title={{ create: t(`${R}.createTitle`), edit: t(`${R}.editTitle`) }}
        fields={form}
        initialValues={(r) =>
          r
            ? {
                campaignId: r.campaignId ?? undefined,
                selfExamId: r.selfExamId ?? undefined,
                standard: r.standard ?? undefined,
                caseId: r.caseId ?? undefined,
                problem: r.problem,
                measure: r.measure,
                responsible: r.responsible,
                deadline: dayjs(r.deadline),
                evidence: r.evidence,
              }
            : { responsible: user.cadreId ? user.name : undefined }
        }
        onSubmit={(values, r) =>
          save
            .mutateAsync({ id: r?.id ?? null, input: toInput(values, r === null) })
            .then((saved) => {
              if (!r) setViewing((saved as Rectification).id);
            })
        }
        onClose={() => setEditing(undefined)}
      />
      <RectificationDrawer
        id={viewing}
        onClose={() => setViewing(null)}
        extra={(item) =>
          mayCreate && editable(item) ? (
            <Button onClick={() => setEditing(item)}>{t(`${R}.editEvidence`)}</Button>
          ) : null
        }
      />
    </ListPage>
  );
}
