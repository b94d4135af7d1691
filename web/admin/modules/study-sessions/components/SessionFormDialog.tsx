import { useQuery } from '@tanstack/react-query';
import { Col, DatePicker, Form, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import type { Page } from '../../../ui/api';
import { formatDateTime } from '../../../ui/format';
import { FormDialog } from '../../../ui/list/FormDialog';
import type { Field } from '../../../ui/list/fields';
import { fetchCadres } from '../../cadres/api/cadresApi';
import type { Cadre } from '../../cadres/types/cadre';
import { orgField } from '../../orgs/components/orgField';
import { fetchAttendance } from '../api/studySessionsApi';
import { useSaveStudySession } from '../hooks/useStudySessions';
import type { StudySession, StudySessionInput } from '../types/studySession';
import { sessionKindField } from './sessionFields';

type Values = Omit<StudySessionInput, 'startsAt' | 'endsAt'> & {
  startsAt: Dayjs;
  endsAt: Dayjs;
};

const PAGE = 200;

/**
 * The pickers show China's wall clock whatever the computer's zone (CONVENTIONS rule 16): a moment
 * becomes a picker value of its China time, and a picked value is read as China time (+08:00, no
 * daylight saving).
 */
const inChina = (iso: string): Dayjs => dayjs(formatDateTime(iso));
const fromChina = (v: Dayjs): string =>
  new Date(`${v.format('YYYY-MM-DDTHH:mm')}:00+08:00`).toISOString();

/** The active cadres of a unit and the units below it: the roster's and the recorder's choices. */
async function unitCadres(orgId: string): Promise<Cadre[]> {
  const items: Cadre[] = [];
  for (let page = 1; ; page++) {
    const next: Page<Cadre> = await fetchCadres({ orgId, active: true, page, pageSize: PAGE });
    items.push(...next.items);
    if (next.items.length < PAGE || items.length >= next.total) return items;
  }
}

const cadreOptions = (cadres: Cadre[]) =>
  cadres.map((c) => ({ value: c.id, label: c.post ? `${c.name}（${c.post}）` : c.name }));

/**
 * 应到名单 and 记录人: the unit's active cadres. A new session starts with all of them (the server's
 * default too); an edited one with its roster as it stands.
 */
function RosterItems({ sessionId }: { sessionId: string | null }) {
  const form = Form.useFormInstance<Values>();
  const orgId = Form.useWatch('orgId', form);
  const cadres = useQuery({
    queryKey: ['cadres', 'study-session-roster', orgId],
    queryFn: () => unitCadres(orgId ?? ''),
    enabled: Boolean(orgId),
  });
  const roster = useQuery({
    queryKey: ['study-sessions', 'roster-of', sessionId],
    queryFn: () => fetchAttendance(sessionId ?? ''),
    enabled: Boolean(sessionId),
  });
  const filledFor = useRef<string | null>(null);
  useEffect(() => {
    if (!orgId || filledFor.current === orgId) return;
    if (sessionId) {
      if (!roster.data) return;
      form.setFieldValue(
        'cadreIds',
        roster.data.items.map((r) => r.cadreId),
      );
    } else {
      if (!cadres.data) return;
      form.setFieldValue(
        'cadreIds',
        cadres.data.map((c) => c.id),
      );
    }
    filledFor.current = orgId;
  }, [orgId, sessionId, cadres.data, roster.data, form]);
  const opts = cadreOptions(cadres.data ?? []);
  const placeholder = orgId ? undefined : t('studySessions.rosterPickOrgFirst');
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name="recorderCadreId"
          label={t('studySessions.recorder')}
          extra={t('studySessions.recorderHint')}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={opts}
            loading={cadres.isFetching}
            disabled={!orgId}
            placeholder={placeholder}
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          name="cadreIds"
          label={t('studySessions.roster')}
          extra={t('studySessions.rosterHint')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('studySessions.rosterRequired') },
          ]}
        >
          <Select
            mode="multiple"
            allowClear
            maxTagCount={12}
            showSearch={{ optionFilterProp: 'label' }}
            options={opts}
            loading={cadres.isFetching}
            disabled={!orgId}
            placeholder={placeholder}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

function TimeItems() {
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name="startsAt"
          label={t('studySessions.startsAt')}
          rules={[{ required: true, message: t('studySessions.startsAtRequired') }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="endsAt"
          label={t('studySessions.endsAt')}
          dependencies={['startsAt']}
          rules={[
            { required: true, message: t('studySessions.endsAtRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: Dayjs | undefined) => {
                const start = getFieldValue('startsAt') as Dayjs | undefined;
                return !value || !start || value.isAfter(start)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('studySessions.endsBeforeStart')));
              },
            }),
          ]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

function formFields(sessionId: string | null, editing: boolean): readonly Field<never>[] {
  return [
    orgField('orgId', t('studySessions.org'), {
      required: t('studySessions.orgRequired'),
      input: { disabled: editing },
    }),
    {
      ...(sessionKindField as Field<never>),
      required: t('studySessions.kindRequired'),
      input: { allowClear: false },
      span: 8,
    },
    {
      name: 'title',
      label: t('studySessions.titleField'),
      kind: 'text',
      maxLength: MAX_LEN.documentTitle,
      required: t('studySessions.titleRequired'),
      span: 16,
    },
    { name: 'times', label: t('studySessions.time'), kind: 'custom', element: <TimeItems /> },
    { name: 'place', label: t('studySessions.place'), kind: 'text', maxLength: MAX_LEN.address },
    {
      name: 'presenter',
      label: t('studySessions.presenter'),
      kind: 'text',
      maxLength: MAX_LEN.personName,
    },
    {
      name: 'roster',
      label: t('studySessions.roster'),
      kind: 'custom',
      element: <RosterItems sessionId={sessionId} />,
    },
  ];
}

/** 安排学习活动 / 修改安排: the schedule and the roster (before the start). */
export function SessionFormDialog({
  editing,
  defaultOrgId,
  onClose,
}: {
  editing: StudySession | null | undefined;
  defaultOrgId: string | null;
  onClose: () => void;
}) {
  const save = useSaveStudySession();
  const sessionId = editing?.id ?? null;
  return (
    <FormDialog<StudySession, Values>
      name="studySession"
      editing={editing}
      width={720}
      title={{ create: t('studySessions.createTitle'), edit: t('studySessions.editTitle') }}
      fields={formFields(sessionId, Boolean(editing))}
      initialValues={(s) =>
        s
          ? {
              orgId: s.orgId,
              kind: s.kind,
              title: s.title,
              startsAt: inChina(s.startsAt),
              endsAt: inChina(s.endsAt),
              place: s.place,
              presenter: s.presenter,
              recorderCadreId: s.recorderCadreId,
            }
          : { kind: 'seminar', ...(defaultOrgId ? { orgId: defaultOrgId } : {}) }
      }
      onSubmit={(v, s) =>
        save.mutateAsync({
          id: s?.id ?? null,
          input: {
            orgId: v.orgId,
            campaignId: s?.campaignId ?? null,
            kind: v.kind,
            title: v.title.trim(),
            startsAt: fromChina(v.startsAt),
            endsAt: fromChina(v.endsAt),
            place: v.place?.trim() ?? '',
            presenter: v.presenter?.trim() ?? '',
            recorderCadreId: v.recorderCadreId ?? null,
            materialId: s?.materialId ?? null,
            cadreIds: v.cadreIds,
          },
        })
      }
      onClose={onClose}
    />
  );
}
