import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Collapse,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Row,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ACCESS, may } from '../../../../../common/access.ts';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { formatDate } from '../../../ui/format';
import type { Field } from '../../../ui/list/fields';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { CampaignSelect } from '../../campaigns/components/campaignField';
import {
  fetchHeadings,
  fetchOpinions,
  headingsKeys,
  opinionsKeys,
  saveHeadings,
} from '../api/documentsApi';
import type { SelfExam, SelfExamHeadings, SelfExamOpinions } from '../types/document';

const S = 'documents.self_exam' as const;

type Sections = Record<string, string>;

function useHeadings(campaignId: string | undefined) {
  return useQuery({
    queryKey: headingsKeys.of(campaignId ?? ''),
    queryFn: () => fetchHeadings(campaignId ?? ''),
    enabled: Boolean(campaignId),
    staleTime: 60_000,
  });
}

// ---- 群众意见: the masses' opinions about the cadre and his unit --------------------------------

function CaseList({ items }: { items: SelfExamOpinions['fourWinds'] }) {
  if (items.length === 0)
    return <Typography.Text type="secondary">{t(`${S}.none`)}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(c) => (
        <List.Item key={c.id}>
          <Flex vertical gap={2}>
            <Flex gap={6} wrap align="center">
              <Typography.Text type="secondary">{formatDate(c.createdAt)}</Typography.Text>
              <Tag>{c.categoryName}</Tag>
              {c.aboutCadre ? <Tag color="red">{t(`${S}.aboutCadre`)}</Tag> : null}
            </Flex>
            <Typography.Paragraph
              style={{ marginBottom: 0 }}
              ellipsis={{ rows: 3, expandable: true }}
            >
              {c.content}
            </Typography.Paragraph>
            <Typography.Text type="secondary">
              {[c.citizenName, c.citizenPhone, c.assignedOrgName].filter(Boolean).join(' · ')}
            </Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
}

function More({ shown, total }: { shown: number; total: number }) {
  return total > shown ? (
    <Typography.Text type="secondary">{t(`${S}.more`, { shown, total })}</Typography.Text>
  ) : null;
}

/** The three kinds of opinions, each a collapsible list, newest first. */
export function OpinionsList({ opinions }: { opinions: SelfExamOpinions }) {
  return (
    <Collapse
      size="small"
      defaultActiveKey={['fourWinds', 'interviews', 'visits']}
      items={[
        {
          key: 'fourWinds',
          label: t(`${S}.fourWinds`, { n: opinions.fourWindsTotal }),
          children: (
            <>
              <CaseList items={opinions.fourWinds} />
              <More shown={opinions.fourWinds.length} total={opinions.fourWindsTotal} />
            </>
          ),
        },
        {
          key: 'interviews',
          label: t(`${S}.interviews`, { n: opinions.interviewsTotal }),
          children: (
            <>
              <CaseList items={opinions.interviews} />
              <More shown={opinions.interviews.length} total={opinions.interviewsTotal} />
            </>
          ),
        },
        {
          key: 'visits',
          label: t(`${S}.visitsHeard`, { n: opinions.visitsTotal }),
          children:
            opinions.visits.length === 0 ? (
              <Typography.Text type="secondary">{t(`${S}.none`)}</Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={opinions.visits}
                renderItem={(v) => (
                  <List.Item key={v.id}>
                    <Flex vertical gap={2}>
                      <Typography.Text type="secondary">
                        {formatDate(v.startDate)} {v.contactPointName}
                      </Typography.Text>
                      <span>{v.heard}</span>
                    </Flex>
                  </List.Item>
                )}
              />
            ),
        },
      ]}
    />
  );
}

function OpinionsBody({ query }: { query: ReturnType<typeof useOpinions> }) {
  if (query.error)
    return <Typography.Text type="secondary">{errorMessage(query.error)}</Typography.Text>;
  if (!query.data) return <Typography.Text type="secondary">{t('app.loading')}</Typography.Text>;
  return <OpinionsList opinions={query.data} />;
}

function useOpinions(
  cadreId: string | undefined,
  campaignId: string | undefined,
  enabled: boolean,
) {
  return useQuery({
    queryKey: opinionsKeys.of(cadreId, campaignId),
    queryFn: () => fetchOpinions(cadreId, campaignId),
    enabled,
    retry: false,
  });
}

// ---- the form: a section per heading of the campaign, the opinions beside ----------------------

/**
 * The report's sections in the form — a text per standard (存在问题) and per root-cause heading —
 * from the headings of the report's campaign (the one picked, else the one running now, which the
 * opinions answer names), with the masses' opinions in a panel at the side while it is open.
 */
function SelfExamWriting({ open }: { open: boolean }) {
  const form = Form.useFormInstance();
  const cadreId = Form.useWatch('cadreId', { form, preserve: true }) as string | undefined;
  const picked = Form.useWatch('campaignId', { form, preserve: true }) as string | undefined;
  const opinions = useOpinions(cadreId || undefined, picked || undefined, open);
  const campaignId = picked || opinions.data?.campaignId;
  const headings = useHeadings(campaignId);
  const [panel, setPanel] = useState(true);
  const h = headings.data;
  return (
    <>
      {h ? (
        <>
          <Typography.Title level={5}>{t(`${S}.problems`)}</Typography.Title>
          <Row gutter={16}>
            {h.standards.map((s) => (
              <Col key={s.key} xs={24} sm={12}>
                <Form.Item
                  name={['problems', s.key]}
                  label={t(`${S}.problemOf`, { label: s.label })}
                >
                  <Input.TextArea
                    maxLength={MAX_LEN.longText}
                    showCount
                    autoSize={{ minRows: 3, maxRows: 8 }}
                  />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Typography.Title level={5}>{t(`${S}.causes`)}</Typography.Title>
          <Row gutter={16}>
            {h.causes.map((c) => (
              <Col key={c.key} xs={24} sm={12}>
                <Form.Item name={['causes', c.key]} label={t(`${S}.causeOf`, { label: c.label })}>
                  <Input.TextArea
                    maxLength={MAX_LEN.longText}
                    showCount
                    autoSize={{ minRows: 2, maxRows: 6 }}
                  />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </>
      ) : (
        <Typography.Paragraph type="secondary">{t(`${S}.headingsLoading`)}</Typography.Paragraph>
      )}
      {open && !panel ? (
        <Button onClick={() => setPanel(true)}>{t(`${S}.opinionsShow`)}</Button>
      ) : null}
      <Drawer
        open={open && panel}
        placement="left"
        mask={false}
        size={300}
        zIndex={1001}
        title={t(`${S}.opinions`)}
        onClose={() => setPanel(false)}
        rootClassName="self-exam-opinions"
      >
        <Typography.Paragraph type="secondary">{t(`${S}.opinionsHint`)}</Typography.Paragraph>
        <OpinionsBody query={opinions} />
      </Drawer>
    </>
  );
}

/** The form's fields of a report: its sections (by the campaign's headings) and the measures. */
export const selfExamDetailFields = (open: boolean): readonly Field<never>[] => [
  {
    name: 'sections',
    label: t(`${S}.problems`),
    kind: 'text',
    element: <SelfExamWriting open={open} />,
  } as Field<never>,
  {
    name: 'measures',
    label: t(`${S}.measures`),
    kind: 'textarea',
    maxLength: MAX_LEN.longText,
    wide: true,
    item: { extra: t(`${S}.measuresHint`) },
    input: { autoSize: { minRows: 3, maxRows: 8 } },
  },
];

export const selfExamValues = (doc: SelfExam | null) => ({
  problems: doc?.details.problems ?? {},
  causes: doc?.details.causes ?? {},
  measures: doc?.details.measures ?? '',
  // held (not shown) when a report is edited: its campaign's headings, its cadre's opinions
  ...(doc ? { cadreId: doc.cadreId, campaignId: doc.campaignId } : {}),
});

/** Only the sections with text go; an emptied one is sent as '' so that it is cleared. */
const sectionsOf = (v: unknown): Sections =>
  Object.fromEntries(
    Object.entries((v ?? {}) as Record<string, string | undefined>).map(([k, s]) => [k, s ?? '']),
  );
export const selfExamDetails = (v: Record<string, unknown>) => ({
  problems: sectionsOf(v.problems),
  causes: sectionsOf(v.causes),
  measures: (v.measures as string | undefined) ?? '',
});

// ---- the drawer: the report by its headings, and the opinions for its readers ---------------------

export function SelfExamSections({ doc }: { doc: SelfExam }) {
  const user = useCurrentUser();
  const headings = useHeadings(doc.campaignId);
  const mayReadOpinions = user.cadreId === doc.cadreId || may(ACCESS.documents.similar, user.role);
  const opinions = useOpinions(doc.cadreId, doc.campaignId, mayReadOpinions);
  const h = headings.data;
  const part = (
    list: { key: string; label: string }[],
    values: Sections,
    label: (l: string) => string,
  ) => {
    const known = new Set(list.map((x) => x.key));
    const rows = [
      ...list.map((x) => ({ key: x.key, label: label(x.label) })),
      // written under a heading the campaign has since dropped: still shown, by its key
      ...Object.keys(values)
        .filter((k) => !known.has(k) && values[k])
        .map((k) => ({ key: k, label: k })),
    ];
    return (
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { width: 112, whiteSpace: 'nowrap' } }}
        items={rows.map((r) => ({
          key: r.key,
          label: r.label,
          children: values[r.key]?.trim() ? (
            <span style={{ whiteSpace: 'pre-wrap' }}>{values[r.key]}</span>
          ) : (
            <Typography.Text type="secondary">{t(`${S}.noSection`)}</Typography.Text>
          ),
        }))}
      />
    );
  };
  return (
    <>
      <Card size="small" title={t(`${S}.problems`)}>
        {h ? part(h.standards, doc.details.problems ?? {}, (l) => l) : null}
      </Card>
      <Card size="small" title={t(`${S}.causes`)}>
        {h ? part(h.causes, doc.details.causes ?? {}, (l) => l) : null}
      </Card>
      <Card size="small" title={t(`${S}.measures`)}>
        {doc.details.measures ? (
          <span style={{ whiteSpace: 'pre-wrap' }}>{doc.details.measures}</span>
        ) : (
          <Typography.Text type="secondary">{t(`${S}.noSection`)}</Typography.Text>
        )}
      </Card>
      {mayReadOpinions ? (
        <Card size="small" title={t(`${S}.opinions`)}>
          <OpinionsBody query={opinions} />
        </Card>
      ) : null}
    </>
  );
}

// ---- 对照标准设置: the office edits a campaign's headings ------------------------------------------

function HeadingsList({ name, title }: { name: 'standards' | 'causes'; title: string }) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Card size="small" title={title}>
          {fields.map((f) => (
            <Flex key={f.key} gap={8} align="start">
              <Form.Item
                name={[f.name, 'label']}
                rules={[
                  { required: true, whitespace: true, message: t(`${S}.headingLabelRequired`) },
                ]}
                style={{ flex: 1 }}
              >
                <Input
                  maxLength={MAX_LEN.shortName}
                  placeholder={t(`${S}.headingLabel`)}
                  aria-label={t(`${S}.headingLabel`)}
                />
              </Form.Item>
              <Form.Item
                name={[f.name, 'key']}
                rules={[
                  { required: true, message: t(`${S}.headingKeyRequired`) },
                  { pattern: /^[a-z][a-zA-Z0-9]{0,31}$/, message: t(`${S}.headingKeyHint`) },
                ]}
                style={{ width: 160 }}
              >
                <Input
                  maxLength={32}
                  placeholder={t(`${S}.headingKey`)}
                  aria-label={t(`${S}.headingKey`)}
                />
              </Form.Item>
              <Button onClick={() => remove(f.name)}>{t(`${S}.headingRemove`)}</Button>
            </Flex>
          ))}
          <Button type="dashed" onClick={() => add({ key: '', label: '' })} block>
            {t(`${S}.headingAdd`)}
          </Button>
        </Card>
      )}
    </Form.List>
  );
}

/** The office's button and dialog: the campaign's standards and root-cause headings. */
export function SelfExamHeadingsButton() {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [campaignId, setCampaignId] = useState<string>();
  const [form] = Form.useForm<SelfExamHeadings>();
  const queryClient = useQueryClient();
  const headings = useQuery({
    queryKey: headingsKeys.of(campaignId ?? ''),
    queryFn: async () => {
      const h = await fetchHeadings(campaignId ?? '');
      form.setFieldsValue(h);
      return h;
    },
    enabled: open && Boolean(campaignId),
  });
  const save = useMutation({
    mutationFn: (input: SelfExamHeadings) => saveHeadings(campaignId ?? '', input),
    onSuccess: (saved) => {
      queryClient.setQueryData(headingsKeys.of(campaignId ?? ''), saved);
      void message.success(t(`${S}.headingsSaved`));
      setOpen(false);
    },
    onError: (error) => void message.error(errorMessage(error)),
  });
  if (!may(ACCESS.campaigns.write, user.role)) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t(`${S}.headings`)}</Button>
      <Modal
        open={open}
        title={t(`${S}.headingsTitle`)}
        width={720}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ disabled: !headings.data }}
        confirmLoading={save.isPending}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Flex vertical gap={12}>
          <Flex gap={8} align="center">
            <span>{t(`${S}.headingsCampaign`)}</span>
            <CampaignSelect
              value={campaignId}
              onChange={(v: unknown) => setCampaignId(v as string)}
              style={{ minWidth: 320 }}
              placeholder={t(`${S}.headingsCampaignRequired`)}
            />
          </Flex>
          {headings.data ? (
            <Form<SelfExamHeadings> form={form} onFinish={(v) => save.mutate(v)} layout="vertical">
              <Flex vertical gap={12}>
                <HeadingsList name="standards" title={t(`${S}.standards`)} />
                <HeadingsList name="causes" title={t(`${S}.causesHeadings`)} />
              </Flex>
            </Form>
          ) : (
            <Empty description={t(`${S}.headingsCampaignRequired`)} />
          )}
        </Flex>
      </Modal>
    </>
  );
}
