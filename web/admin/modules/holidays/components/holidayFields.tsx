import { type TableColumnsType, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { editAction, rowActionsColumn } from '../../../ui/list/cells';
import type { Field } from '../../../ui/list/fields';
import type { useDeleteHoliday } from '../hooks/useHolidays';
import type { Holiday } from '../types/holiday';

const weekdayOf = (date: string) =>
  `周${t('holidays.weekdays')[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? ''}`;

/** The day (fixed once saved), its name, and whether it is a worked day (调休上班). */
export const holidayForm = (editing: Holiday | null): Field<never>[] => [
  {
    name: 'date',
    label: t('holidays.date'),
    kind: 'date',
    required: t('holidays.dateRequired'),
    input: { disabled: editing !== null },
    wide: true,
  },
  {
    name: 'name',
    label: t('holidays.name'),
    kind: 'text',
    maxLength: MAX_LEN.shortName,
    placeholder: t('holidays.namePlaceholder'),
    required: t('holidays.nameRequired'),
    wide: true,
  },
  {
    name: 'workday',
    label: t('holidays.workday'),
    kind: 'boolean',
    item: { extra: t('holidays.workdayHelp') },
    wide: true,
  },
];

export type HolidayValues = { date: Dayjs; name: string; workday: boolean };

export const toHolidayValues = (h: Holiday | null, year: number): HolidayValues =>
  h
    ? { date: dayjs(h.date), name: h.name, workday: h.workday }
    : { date: dayjs(`${year}-01-01`), name: '', workday: false };

export function holidayColumns(
  canEdit: boolean,
  onEdit: (h: Holiday) => void,
  remove: ReturnType<typeof useDeleteHoliday>,
): TableColumnsType<Holiday> {
  return [
    { title: t('holidays.date'), dataIndex: 'date', width: 130 },
    { title: t('holidays.weekday'), width: 80, render: (_, h) => weekdayOf(h.date) },
    { title: t('holidays.name'), dataIndex: 'name' },
    {
      title: t('holidays.kind'),
      width: 110,
      render: (_, h) =>
        h.workday ? (
          <Tag color="orange">{t('holidays.workday')}</Tag>
        ) : (
          <Tag color="green">{t('holidays.off')}</Tag>
        ),
    },
    ...rowActionsColumn(
      140,
      (h: Holiday) => [
        editAction(() => onEdit(h)),
        {
          label: t('common.delete'),
          danger: true,
          confirm: t('holidays.confirmDelete', { date: h.date, name: h.name }),
          confirmDescription: t('holidays.confirmDeleteDescription'),
          done: t('holidays.deleted'),
          pending: remove.isPending,
          run: () => remove.mutateAsync(h.date),
        },
      ],
      canEdit,
    ),
  ];
}
