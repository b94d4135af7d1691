import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { ZCaseSchema } from '../../../../../common/cases.ts';
import { MAX_LEN } from '../../../../../common/limits.ts';
import type { ZVisitSchema } from '../../../../../common/visits.ts';
import type { TJson } from '../../../../../common/zod.ts';
import { t } from '../../../i18n';
import { ApiError, apiRequest, type Page } from '../../../ui/api';
import { ConfirmLinkButton } from '../../../ui/ConfirmLinkButton';
import type { Field } from '../../../ui/list/fields';
import { contactPointField } from '../../contact-points/components/ContactPointSelect';
import { addLink, documentKeys, fetchLinks, removeLink } from '../api/documentsApi';
import type { ResearchTopic } from '../types/document';

const R = 'documents.research' as const;
type Milestone = { title: string; due: string; done?: boolean };

/** 调研计划: the milestones, a row each (a name, a date, done). */
function MilestonesList() {
  return (
    <Form.Item label={t(`${R}.milestones`)}>
      <Form.List name="milestones">
        {(rows, { add, remove }) => (
          <Flex vertical gap={8}>
            {rows.map((row) => (
              <Space key={row.key} align="baseline" wrap>
                <Form.Item
                  name={[row.name, 'title']}
                  rules={[
                    { required: true, whitespace: true, message: t(`${R}.milestoneTitleRequired`) },
                  ]}
                  noStyle
                >
                  <Input
                    placeholder={t(`${R}.milestoneTitle`)}
                    maxLength={MAX_LEN.name}
                    aria-label={t(`${R}.milestoneTitle`)}
                    style={{ width: 220 }}
                  />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'due']}
                  rules={[{ required: true, message: t(`${R}.milestoneDueRequired`) }]}
                  noStyle
                >
                  <Input type="date" aria-label={t(`${R}.milestoneDue`)} style={{ width: 160 }} />
                </Form.Item>
                <Form.Item name={[row.name, 'done']} valuePropName="checked" noStyle>
                  <Checkbox>{t(`${R}.milestoneDone`)}</Checkbox>
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => remove(row.name)}
                />
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ title: '', due: '', done: false })}
            >
              {t(`${R}.milestoneAdd`)}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}

export const researchDetailFields: readonly Field<never>[] = [
  {
    name: 'purpose',
    label: t(`${R}.purpose`),
    kind: 'textarea',
    maxLength: MAX_LEN.note,
    wide: true,
  },
  contactPointField('contactPointId', t(`${R}.contactPoint`)),
  { name: 'concerns', label: t(`${R}.concerns`), kind: 'text', maxLength: MAX_LEN.address },
  { name: 'milestones', label: t(`${R}.milestones`), kind: 'text', element: <MilestonesList /> },
  {
    name: 'findings',
    label: t(`${R}.findings`),
    kind: 'textarea',
    maxLength: MAX_LEN.documentBody,
    wide: true,
  },
];

export const researchValues = (doc: ResearchTopic | null) => ({
  purpose: doc?.details.purpose ?? '',
  contactPointId: doc?.details.contactPointId ?? undefined,
  concerns: doc?.details.concerns ?? '',
  milestones: doc?.details.milestones ?? [],
  findings: doc?.details.findings ?? '',
});

export const researchDetails = (v: Record<string, unknown>) => ({
  purpose: (v.purpose as string | undefined) ?? '',
  contactPointId: (v.contactPointId as string | undefined) ?? null,
  concerns: (v.concerns as string | undefined) ?? '',
  milestones: ((v.milestones as Milestone[] | undefined) ?? []).map((m) => ({
    title: m.title,
    due: m.due,
    done: Boolean(m.done),
  })),
  findings: (v.findings as string | undefined) ?? '',
});

type Visit = TJson<typeof ZVisitSchema>;
type Case = TJson<typeof ZCaseSchema>;

/** The author's visits or the cases that reached him, to pick one to link. */
function LinkPicker({
  topic,
  type,
  onDone,
}: {
  topic: ResearchTopic;
  type: 'visit' | 'case';
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [value, setValue] = useState<string>();
  const choices = useQuery({
    queryKey: ['documents', 'link-choices', type, topic.cadreId],
    queryFn: async () =>
      type === 'visit'
        ? (
            await apiRequest<Page<Visit>>('/api/visits', {
              query: { cadreId: topic.cadreId, page: 1, pageSize: 100 },
            })
          ).items.map((v) => ({
            value: v.id,
            label: `${v.startDate} ${v.contactPointName}`,
          }))
        : (
            await apiRequest<Page<Case>>('/api/cases', {
              query: { cadreId: topic.cadreId, page: 1, pageSize: 100 },
            })
          ).items.map((c) => ({
            value: c.id,
            label: `${c.trackingCode} ${c.categoryName}`,
          })),
  });
  const link = useMutation({
    mutationFn: (targetId: string) => addLink(topic.id, { targetType: type, targetId }),
    onSuccess: () => {
      void message.success(t(`${R}.linked`));
      void client.invalidateQueries({ queryKey: documentKeys('research').links(topic.id) });
      onDone();
    },
    onError: (e) => void message.error(e instanceof ApiError ? e.message : String(e)),
  });
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select
        style={{ flex: 1 }}
        aria-label={t(`${R}.linkPick`)}
        placeholder={t(`${R}.linkPick`)}
        loading={choices.isLoading}
        options={choices.data ?? []}
        value={value}
        onChange={setValue}
        showSearch={{ optionFilterProp: 'label' }}
      />
      <Button
        type="primary"
        disabled={!value}
        loading={link.isPending}
        onClick={() => value && link.mutate(value)}
      >
        {type === 'visit' ? t(`${R}.linkVisit`) : t(`${R}.linkCase`)}
      </Button>
    </Space.Compact>
  );
}

/** The drawer's parts of a topic: its plan, and its evidence (走访记录、诉求件) with links. */
export function ResearchSections({ topic }: { topic: ResearchTopic }) {
  const client = useQueryClient();
  const [picking, setPicking] = useState<'visit' | 'case' | null>(null);
  const links = useQuery({
    queryKey: documentKeys('research').links(topic.id),
    queryFn: () => fetchLinks(topic.id),
  });
  const d = topic.details;
  const milestones = d.milestones ?? [];
  const canLink = topic.editable || topic.state === 'draft' || topic.state === 'approved';
  return (
    <>
      <Card size="small" title={t(`${R}.milestones`)}>
        {d.purpose ? (
          <Typography.Paragraph>{`${t(`${R}.purpose`)}：${d.purpose}`}</Typography.Paragraph>
        ) : null}
        {d.concerns ? (
          <Typography.Paragraph>{`${t(`${R}.concerns`)}：${d.concerns}`}</Typography.Paragraph>
        ) : null}
        {milestones.length > 0 ? (
          <List
            size="small"
            dataSource={milestones}
            renderItem={(m) => (
              <List.Item>
                <Checkbox checked={m.done} disabled>
                  {`${m.due} ${m.title}`}
                </Checkbox>
              </List.Item>
            )}
          />
        ) : null}
        {d.findings ? (
          <Typography.Paragraph>{`${t(`${R}.findings`)}：${d.findings}`}</Typography.Paragraph>
        ) : null}
      </Card>
      <Card
        size="small"
        title={t(`${R}.evidence`)}
        extra={
          canLink ? (
            <Space>
              <Button size="small" onClick={() => setPicking('visit')}>
                {t(`${R}.linkVisit`)}
              </Button>
              <Button size="small" onClick={() => setPicking('case')}>
                {t(`${R}.linkCase`)}
              </Button>
            </Space>
          ) : null
        }
      >
        {picking ? (
          <LinkPicker topic={topic} type={picking} onDone={() => setPicking(null)} />
        ) : null}
        {(links.data?.items.length ?? 0) === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`${R}.evidenceEmpty`)} />
        ) : (
          <List
            size="small"
            dataSource={links.data?.items ?? []}
            renderItem={(l) => (
              <List.Item
                actions={
                  canLink
                    ? [
                        <ConfirmLinkButton
                          key="unlink"
                          label={t(`${R}.unlink`)}
                          confirmTitle={t(`${R}.unlinkConfirm`, { label: l.label })}
                          doneMessage={t(`${R}.unlinked`)}
                          danger
                          pending={false}
                          onConfirm={async () => {
                            await removeLink(topic.id, l.id);
                            await client.invalidateQueries({
                              queryKey: documentKeys('research').links(topic.id),
                            });
                          }}
                        />,
                      ]
                    : []
                }
              >
                {l.label}
              </List.Item>
            )}
          />
        )}
      </Card>
    </>
  );
}
