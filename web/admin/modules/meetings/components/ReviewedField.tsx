import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { t } from '../../../i18n';
import { fetchUnitItems, meetingKeys } from '../api/meetingsApi';

const M = 'meetings' as const;

/** 回头看: the unit's rectification items, several picked; kept in the form as `reviewedIds`. */
export function ReviewedField({ orgId: fixedOrgId }: { orgId?: string }) {
  const form = Form.useFormInstance();
  const chosen = Form.useWatch('orgId', form) as string | undefined;
  const orgId = fixedOrgId ?? chosen ?? '';
  const items = useQuery({
    queryKey: [...meetingKeys.all, 'unit-items', orgId],
    queryFn: () => fetchUnitItems(orgId),
    enabled: Boolean(orgId),
  });
  return (
    <Form.Item name="reviewedIds" label={t(`${M}.reviewed`)} extra={t(`${M}.reviewedHint`)}>
      <Select<string[]>
        mode="multiple"
        allowClear
        loading={items.isFetching}
        showSearch={{ optionFilterProp: 'label' }}
        options={(items.data?.items ?? []).map((r) => ({
          value: r.id,
          label: `${r.cadreName}：${r.problem.slice(0, 40)}`,
        }))}
        aria-label={t(`${M}.reviewed`)}
      />
    </Form.Item>
  );
}
