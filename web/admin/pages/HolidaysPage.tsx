import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { may } from '../../../common/access.ts';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import {
  type HolidayValues,
  holidayColumns,
  holidayForm,
  toHolidayValues,
} from '../modules/holidays/components/holidayFields';
import {
  useDeleteHoliday,
  useHolidays,
  useSaveHoliday,
} from '../modules/holidays/hooks/useHolidays';
import { type Holiday, holidayEditorRoles } from '../modules/holidays/types/holiday';
import { FormDialog } from '../ui/list/FormDialog';
import { ListTable } from '../ui/list/ListTable';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';

/** The years the calendar API answers (common/holidays.ts). */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const yearInRange = (y: number | null): y is number => y !== null && y >= MIN_YEAR && y <= MAX_YEAR;

/** 节假日与调休: the calendar that case time limits are counted in. */
export function HolidaysPage() {
  const user = useCurrentUser();
  const canEdit = may(holidayEditorRoles, user.role);
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [typedYear, setTypedYear] = useState<number | null>(year);
  const [editing, setEditing] = useState<Holiday | null | undefined>(undefined);
  const holidays = useHolidays(year);
  const remove = useDeleteHoliday();
  const save = useSaveHoliday();
  const items = holidays.data?.items ?? [];
  const work = items.filter((h) => h.workday).length;

  return (
    <>
      <PageHeader
        title={t('holidays.title')}
        extra={
          canEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('holidays.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="info" showIcon message={t('holidays.intro')} />
          <Space>
            <span>{t('holidays.year')}</span>
            {/* no min/max: InputNumber would move a typed 1999 to 2000 on blur; refused instead */}
            <InputNumber
              aria-label={t('holidays.year')}
              precision={0}
              value={typedYear}
              status={yearInRange(typedYear) ? undefined : 'error'}
              onChange={(v) => {
                setTypedYear(v);
                if (yearInRange(v)) setYear(v);
              }}
            />
            {yearInRange(typedYear) ? null : (
              <Typography.Text type="danger">
                {t('common.outOfRange', { min: MIN_YEAR, max: MAX_YEAR })}
              </Typography.Text>
            )}
            {items.length > 0 ? (
              <Typography.Text type="secondary">
                {t('holidays.summary', { year, off: items.length - work, work })}
              </Typography.Text>
            ) : null}
          </Space>
          {holidays.error ? (
            <QueryError error={holidays.error} onRetry={() => void holidays.refetch()} />
          ) : (
            <ListTable<Holiday>
              rowKey="date"
              size="small"
              loading={holidays.isFetching}
              dataSource={items}
              pagination={false}
              empty={t('holidays.empty', { year })}
              columns={holidayColumns(canEdit, setEditing, remove)}
            />
          )}
        </Space>
      </Card>
      <FormDialog
        name="holiday"
        editing={canEdit ? editing : undefined}
        title={{ create: t('holidays.createTitle'), edit: t('holidays.editTitle') }}
        fields={holidayForm(editing ?? null)}
        initialValues={(h) => toHolidayValues(h, year)}
        onSubmit={(v: HolidayValues) =>
          save.mutateAsync({
            date: v.date.format('YYYY-MM-DD'),
            input: { name: v.name.trim(), workday: v.workday },
          })
        }
        done={t('holidays.saved')}
        width={520}
        onClose={() => setEditing(undefined)}
      />
    </>
  );
}
