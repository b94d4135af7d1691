import { Button, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { t } from '../i18n';
import { usePermissions } from '../modules/auth/hooks/usePermissions';
import {
  createMeeting,
  deleteMeeting,
  fetchMeeting,
  fetchUnitCadres,
  MEETINGS_PATH,
  meetingKeys,
  updateMeeting,
} from '../modules/meetings/api/meetingsApi';
import { MeetingDrawer } from '../modules/meetings/components/MeetingDrawer';
import {
  meetingColumns,
  meetingFilters,
  meetingForm,
} from '../modules/meetings/components/meetingFields';
import { ReviewedField } from '../modules/meetings/components/ReviewedField';
import { RosterField } from '../modules/meetings/components/RosterField';
import type { Meeting, MeetingDetail, RosterLine } from '../modules/meetings/types/meeting';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { deleteAction } from '../ui/list/cells';
import { FormDialog } from '../ui/list/FormDialog';
import type { Field } from '../ui/list/fields';
import { ListPage } from '../ui/list/ListPage';
import { useRowChange, useSave } from '../ui/list/mutations';
import { useList } from '../ui/list/useList';
import { useUrlParam } from '../ui/list/useUrlParam';

const M = 'meetings' as const;

type Values = Record<string, unknown> & {
  orgId?: string;
  attendance?: RosterLine[];
  reviewedIds?: string[];
};

/** The default roster: the unit's active cadres, all present. */
async function rosterOf(orgId: string): Promise<RosterLine[]> {
  const cadres = await fetchUnitCadres(orgId);
  return cadres.items.map((c) => ({
    cadreId: c.id,
    cadreName: c.name,
    status: 'present' as const,
    reason: '',
  }));
}

function toInput(values: Values) {
  const { attendance = [], reviewedIds = [], orgId, ...fields } = values;
  const orNull = (v: unknown) => (v === undefined || v === '' ? null : v);
  return {
    ...fields,
    ...(orgId ? { orgId } : {}),
    campaignId: orNull(fields.campaignId),
    heldOn: fields.heldOn ? (fields.heldOn as Dayjs).format('YYYY-MM-DD') : undefined,
    reportedOn: fields.reportedOn ? (fields.reportedOn as Dayjs).format('YYYY-MM-DD') : null,
    attendance: attendance.map(({ cadreId, status, reason }) => ({
      cadreId,
      status,
      reason: status === 'absent' ? (reason ?? '') : '',
    })),
    reviewed: reviewedIds.map((rectificationId) => ({ rectificationId })),
  };
}

/**
 * 民主生活会 / 组织生活会: each meeting with its three checks (到会人数, 向上级报告, 整改回头看) as
 * ✓/✗ tags; the form with the roster (the unit's cadres by default, reasons for absence), the
 * record, the measures, the report date and the items reviewed.
 */
export function MeetingsPage() {
  const { canWrite } = usePermissions();
  const [viewing, setViewing] = useUrlParam('view');
  /** the meeting being edited, loaded in full (its roster and 回头看); null: a new one */
  const [editing, setEditing] = useState<MeetingDetail | null>();
  const list = useList<Meeting>({
    path: MEETINGS_PATH,
    queryKey: meetingKeys.lists(),
    filters: meetingFilters,
  });
  const save = useSave(createMeeting, updateMeeting, meetingKeys.all);
  const remove = useRowChange((id) => deleteMeeting(id), meetingKeys.all);
  const creating = editing === null;
  const reload = (form: FormInstance<Values>) => {
    const orgId = (form.getFieldValue('orgId') as string | undefined) ?? editing?.orgId;
    if (orgId) void rosterOf(orgId).then((lines) => form.setFieldValue('attendance', lines));
  };
  const fields = useMemo(
    (): Field<never>[] => [
      ...meetingForm(creating),
      { name: 'attendance', label: '', kind: 'text', element: <RosterField /> },
      {
        name: 'reviewedIds',
        label: '',
        kind: 'text',
        element: <ReviewedField orgId={editing?.orgId} />,
      },
    ],
    [creating, editing?.orgId],
  );
  const openEdit = (id: string) => void fetchMeeting(id).then(setEditing);
  const columns = meetingColumns(
    (row) => setViewing(row.id),
    (row) => [
      { label: t(`${M}.view`), onClick: () => setViewing(row.id) },
      { label: t(`${M}.edit`), onClick: () => openEdit(row.id), shown: canWrite },
      deleteAction(
        t(`${M}.deleteName`, { org: row.orgName, on: row.heldOn }),
        () => remove.mutateAsync({ id: row.id, arg: undefined }),
        remove.isPending,
        canWrite,
      ),
    ],
  );
  return (
    <ListPage<Meeting, typeof list.filters>
      title={t(`${M}.title`)}
      create={{ label: t(`${M}.create`), onClick: () => setEditing(null), shown: canWrite }}
      extra={
        <ExcelActions
          basePath={MEETINGS_PATH}
          exportFileName={`${t(`${M}.title`)}.xlsx`}
          exportQuery={list.query}
        />
      }
      filters={meetingFilters}
      list={list}
      columns={columns}
      rowKey="id"
      empty={t(`${M}.empty`)}
    >
      <FormDialog<MeetingDetail, Values>
        name="meeting"
        editing={editing}
        width={820}
        title={{ create: t(`${M}.createTitle`), edit: t(`${M}.editTitle`) }}
        fields={fields}
        initialValues={(m) =>
          m
            ? {
                kind: m.kind,
                heldOn: dayjs(m.heldOn),
                campaignId: m.campaignId ?? undefined,
                topic: m.topic,
                place: m.place,
                host: m.host,
                criticism: m.criticism,
                measures: m.measures,
                reportedOn: m.reportedOn ? dayjs(m.reportedOn) : undefined,
                reportNote: m.reportNote,
                attendance: m.attendance.map((a) => ({
                  cadreId: a.cadreId,
                  cadreName: a.cadreName,
                  status: a.status,
                  reason: a.reason,
                })),
                reviewedIds: m.reviewed.map((r) => r.rectificationId),
              }
            : { kind: 'democratic', attendance: [] }
        }
        onValuesChange={(changed, form) => {
          if ('orgId' in changed) {
            form.setFieldValue('reviewedIds', []);
            reload(form);
          }
        }}
        onSubmit={(values, m) =>
          save.mutateAsync({ id: m?.id ?? null, input: toInput(values) }).then((saved) => {
            setViewing((saved as MeetingDetail).id);
          })
        }
        onClose={() => setEditing(undefined)}
      />
      <MeetingDrawer
        id={viewing}
        onClose={() => setViewing(null)}
        extra={(m) =>
          canWrite ? <Button onClick={() => openEdit(m.id)}>{t(`${M}.edit`)}</Button> : null
        }
      />
    </ListPage>
  );
}
