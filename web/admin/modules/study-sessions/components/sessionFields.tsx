import { Button, type TableColumnsType, Tooltip } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { deleteAction, editAction, RowActions, StateTag, stateTags } from '../../../ui/list/cells';
import { type Field, options } from '../../../ui/list/fields';
import { actionColumn } from '../../../ui/list/ListTable';
import { orgField } from '../../orgs/components/orgField';
import type { useDeleteStudySession } from '../hooks/useStudySessions';
import { type EntryState, type StudySession, studySessionKinds } from '../types/studySession';

export const sessionKindField: Field<StudySession> = {
  name: 'kind',
  label: t('studySessions.kind'),
  kind: 'select',
  options: options(studySessionKinds, (k) => t(`studySessions.kinds.${k}`)),
};

export const sessionFilters: readonly Field<never>[] = [
  {
    name: 'q',
    label: t('studySessions.searchPlaceholder'),
    kind: 'text',
    maxLength: MAX_LEN.search,
    width: 220,
  },
  orgField('orgId', t('studySessions.filterOrg'), { wide: false }),
  { ...sessionKindField, label: t('studySessions.filterKind'), width: 110 } as Field<never>,
  { name: 'period', label: t('studySessions.filterPeriod'), kind: 'dateRange' },
  { name: 'mine', label: t('studySessions.mineHint'), kind: 'flag' },
];

export const entryTags = stateTags<EntryState>(
  ['before', 'open', 'late', 'closed'],
  (s) => t(`studySessions.entryStates.${s}`),
  { open: 'processing', late: 'warning' },
);

const lateTags = stateTags(
  ['none', 'requested', 'approved', 'refused'] as const,
  (s) => t(`studySessions.lateStates.${s}`),
  { requested: 'orange', approved: 'success', refused: 'error' },
);

/** 出席 n/m: those who came (present or late) of those due; the rest in the tooltip. */
export function CountsCell({ counts }: { counts: StudySession['counts'] }) {
  return (
    <Tooltip title={t('studySessions.attendanceDetail', counts)}>
      <span>
        {t('studySessions.attendanceCell', {
          present: counts.present + counts.late,
          due: counts.due,
        })}
      </span>
    </Tooltip>
  );
}

/** The list's columns: the time pinned first, 操作 pinned last. */
export function sessionColumns(
  onView: (s: StudySession) => void,
  onEdit: (s: StudySession) => void,
  remove: ReturnType<typeof useDeleteStudySession>,
): TableColumnsType<StudySession> {
  return [
    {
      title: t('studySessions.startsAt'),
      key: 'startsAt',
      fixed: 'start',
      width: 136,
      render: (_: unknown, s) => formatDateTime(s.startsAt),
    },
    {
      title: t('studySessions.titleField'),
      key: 'title',
      width: 240,
      ellipsis: true,
      render: (_: unknown, s) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onView(s)}>
          {s.title}
        </Button>
      ),
    },
    {
      title: t('studySessions.kind'),
      key: 'kind',
      width: 84,
      render: (_: unknown, s) => t(`studySessions.kinds.${s.kind}`),
    },
    { title: t('studySessions.org'), dataIndex: 'orgName', width: 140, ellipsis: true },
    {
      title: t('studySessions.counts'),
      key: 'counts',
      width: 96,
      render: (_: unknown, s) => <CountsCell counts={s.counts} />,
    },
    {
      title: t('studySessions.entry'),
      key: 'entry',
      width: 80,
      render: (_: unknown, s) => <StateTag state={s.entry} tags={entryTags} />,
    },
    {
      title: t('studySessions.lateState'),
      key: 'lateState',
      width: 88,
      render: (_: unknown, s) =>
        s.lateState === 'none' ? null : <StateTag state={s.lateState} tags={lateTags} />,
    },
    actionColumn<StudySession>(130, (s) => (
      <RowActions
        actions={[
          { label: t('studySessions.view'), onClick: () => onView(s) },
          editAction(() => onEdit(s), s.canEdit && s.entry === 'before'),
          deleteAction(
            s.title,
            () => remove.mutateAsync({ id: s.id, arg: undefined }),
            remove.isPending,
            s.canEdit && s.counts.due === s.counts.unrecorded,
          ),
        ]}
      />
    )),
  ];
}

export { lateTags };
