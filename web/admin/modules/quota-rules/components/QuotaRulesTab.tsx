import { Alert, Button, Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { monthOf, todayInChina } from '../../../../../common/dates.ts';
import { t } from '../../../i18n';
import { formatDate } from '../../../ui/format';
import { ListTable } from '../../../ui/list/ListTable';
import { QueryError } from '../../../ui/QueryError';
import { useQuotaRules } from '../hooks/useQuotaRules';
import { type QuotaRule, type Rank, ranks } from '../types/quotaRule';
import { QuotaRuleFormModal } from './QuotaRuleFormModal';

type Props = { campaign: { id: string; startDate: string; endDate: string }; canEdit: boolean };

function RuleValues({ rule }: { rule: QuotaRule }) {
  return (
    <Descriptions column={1} size="small">
      <Descriptions.Item label={t('campaigns.rules.minDays')}>
        {t('campaigns.rules.daysValue', { days: rule.minDaysPerMonth })}
      </Descriptions.Item>
      <Descriptions.Item label={t('campaigns.rules.households')}>
        {t('campaigns.rules.householdsValue', { min: rule.minHouseholds, max: rule.maxHouseholds })}
      </Descriptions.Item>
      <Descriptions.Item label={t('campaigns.rules.minPoor')}>
        {t('campaigns.rules.poorValue', { count: rule.minPoorHelped })}
      </Descriptions.Item>
      <Descriptions.Item label={t('campaigns.rules.effectiveFrom')}>
        {rule.effectiveFrom}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** 指标规则 per rank: the version in force, its history, and (office) a form for a new version. */
export function QuotaRulesTab({ campaign, canEdit: mayEdit }: Props) {
  // once a campaign's last month is over its rules are final: every month has been judged
  const ended = monthOf(todayInChina()) > monthOf(campaign.endDate);
  const canEdit = mayEdit && !ended;
  const rules = useQuotaRules(campaign.id);
  const [editing, setEditing] = useState<{ rank: Rank; rule: QuotaRule | undefined } | undefined>();
  if (rules.error) return <QueryError error={rules.error} onRetry={() => void rules.refetch()} />;
  const items = rules.data?.items ?? [];

  return (
    <Flex vertical gap="middle">
      <Alert type="info" showIcon title={t('campaigns.rules.help')} />
      {mayEdit && ended ? (
        <Alert type="warning" showIcon title={t('campaigns.rules.ended')} />
      ) : null}
      <Row gutter={[16, 16]}>
        {ranks.map((rank) => {
          const versions = items.filter((r) => r.rank === rank);
          const current = versions.find((r) => r.current) ?? versions[0];
          return (
            <Col key={rank} xs={24} md={8}>
              <Card
                size="small"
                loading={rules.isPending}
                title={t(`campaigns.rules.ranks.${rank}`)}
                extra={
                  canEdit ? (
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setEditing({ rank, rule: current })}
                    >
                      {t('campaigns.rules.add')}
                    </Button>
                  ) : null
                }
              >
                {current ? (
                  <RuleValues rule={current} />
                ) : (
                  <Typography.Text type="secondary">{t('campaigns.rules.noRule')}</Typography.Text>
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('campaigns.rules.history')}
      </Typography.Title>
      <ListTable<QuotaRule>
        rowKey="id"
        size="small"
        dataSource={items}
        loading={rules.isFetching}
        pagination={false}
        empty={t('campaigns.rules.noRule')}
        columns={[
          {
            title: t('campaigns.rules.rank'),
            dataIndex: 'rank',
            render: (r: Rank) => t(`campaigns.rules.ranks.${r}`),
          },
          {
            title: t('campaigns.rules.effectiveFrom'),
            dataIndex: 'effectiveFrom',
            width: 150,
            render: (m: string, r) => (
              <Flex gap={4} align="center">
                {m}
                {r.current ? <Tag color="success">{t('campaigns.rules.current')}</Tag> : null}
              </Flex>
            ),
          },
          { title: t('campaigns.rules.minDays'), dataIndex: 'minDaysPerMonth' },
          {
            title: t('campaigns.rules.households'),
            key: 'households',
            render: (_: unknown, r) =>
              t('campaigns.rules.householdsValue', { min: r.minHouseholds, max: r.maxHouseholds }),
          },
          { title: t('campaigns.rules.minPoor'), dataIndex: 'minPoorHelped' },
          {
            title: t('campaigns.rules.createdBy'),
            dataIndex: 'createdByName',
            render: (n: string | null) => n ?? t('campaigns.rules.system'),
          },
          {
            title: t('campaigns.rules.createdAt'),
            dataIndex: 'createdAt',
            render: (v: string) => formatDate(v),
          },
        ]}
      />
      {canEdit ? (
        <QuotaRuleFormModal
          campaign={campaign}
          editing={editing}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </Flex>
  );
}
