import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Flex, type TableColumnsType, Typography } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { type Field, options } from '../../../ui/list/fields';
import { actionColumn } from '../../../ui/list/ListTable';
import { campaignField } from '../../campaigns/components/campaignField';
import { orgField } from '../../orgs/components/orgField';
import {
  REPORT_FORMATS,
  REPORT_KINDS,
  type Report,
  reportKindLabels,
  type TReportFormat,
} from '../types/report';

const R = 'reports' as const;

export const reportFilters: readonly Field<never>[] = [
  {
    name: 'q',
    label: t(`${R}.searchPlaceholder`),
    kind: 'text',
    maxLength: MAX_LEN.search,
    width: 220,
  },
  orgField('orgId', t(`${R}.filterOrg`)),
  {
    name: 'kind',
    label: t(`${R}.filterKind`),
    kind: 'select',
    options: options(REPORT_KINDS, (k) => reportKindLabels[k]),
    width: 120,
  },
];

const formatField: Field<never> = {
  name: 'format',
  label: t(`${R}.format`),
  kind: 'select',
  options: options(REPORT_FORMATS, (f) => t(`${R}.formats.${f}`)),
  required: t(`${R}.format`),
};

/** 生成月报: the month, the unit (none: the bureau, or a unit admin's own), the file's format. */
export const monthlyForm: readonly Field<never>[] = [
  {
    name: 'month',
    label: t(`${R}.month`),
    kind: 'date',
    picker: 'month',
    input: { picker: 'month', format: 'YYYY-MM' },
    required: t(`${R}.monthRequired`),
  },
  orgField('orgId', t(`${R}.org`), { placeholder: t(`${R}.orgPlaceholder`) }),
  formatField,
];

/** 生成活动总结: the campaign, the unit, the file's format. */
export const summaryForm: readonly Field<never>[] = [
  campaignField('campaignId', t(`${R}.campaign`), { required: t(`${R}.campaignRequired`) }),
  orgField('orgId', t(`${R}.org`), { placeholder: t(`${R}.orgPlaceholder`) }),
  formatField,
];

/** The list's columns; `download` fetches a report's file, `busy` names the one under way. */
export function reportColumns(
  download: (row: Report, format: TReportFormat) => void,
  busy: string | null,
): TableColumnsType<Report> {
  return [
    {
      title: t(`${R}.colTitle`),
      dataIndex: 'title',
      width: 240,
      fixed: 'start',
      render: (title: string) => <Typography.Text strong>{title}</Typography.Text>,
    },
    {
      title: t(`${R}.colKind`),
      dataIndex: 'kind',
      width: 72,
      render: (kind: Report['kind']) => reportKindLabels[kind],
    },
    {
      title: t(`${R}.colPeriod`),
      key: 'period',
      width: 140,
      render: (_: unknown, row: Report) => row.month ?? row.campaignName ?? '—',
    },
    {
      title: t(`${R}.colOrg`),
      dataIndex: 'orgName',
      width: 130,
      render: (name: string | null) => name ?? t(`${R}.bureau`),
    },
    {
      title: t(`${R}.colGeneratedBy`),
      dataIndex: 'generatedByName',
      width: 110,
      render: (name: string | null) => name ?? t(`${R}.job`),
    },
    {
      title: t(`${R}.colCreatedAt`),
      dataIndex: 'createdAt',
      width: 140,
      render: (at: string) => formatDateTime(at),
    },
    actionColumn(130, (row: Report) => (
      <Flex vertical gap={4} align="start">
        <Button
          size="small"
          icon={<FileWordOutlined />}
          loading={busy === `${row.id}:docx`}
          onClick={() => download(row, 'docx')}
        >
          {t(`${R}.word`)}
        </Button>
        <Button
          size="small"
          icon={<FileExcelOutlined />}
          loading={busy === `${row.id}:xlsx`}
          onClick={() => download(row, 'xlsx')}
        >
          {t(`${R}.excel`)}
        </Button>
      </Flex>
    )),
  ];
}
