import { QrcodeOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  Spin,
  Tabs,
  Typography,
  type UploadFile,
} from 'antd';
import { useEffect, useState } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { StateTag } from '../../../ui/list/cells';
import { Markup } from '../../../ui/Markup';
import { QueryError } from '../../../ui/QueryError';
import { stillUploading, UploadsField, uploadedIds } from '../../../ui/UploadsField';
import { WorkflowActionsPanel } from '../../../ui/workflow/WorkflowActionsPanel';
import { WorkflowTimeline } from '../../../ui/workflow/WorkflowTimeline';
import {
  useLateEntryWorkflow,
  usePatchStudySession,
  useStudySession,
} from '../hooks/useStudySessions';
import type { StudySessionDetail } from '../types/studySession';
import { AttendanceEditor } from './AttendanceEditor';
import { CheckInQr } from './CheckInQr';
import { CountsCell, entryTags, lateTags } from './sessionFields';

const recordable = (s: StudySessionDetail) =>
  s.canRecord && (s.entry === 'open' || s.entry === 'late');

function Summary({ s }: { s: StudySessionDetail }) {
  return (
    <Descriptions column={1} bordered size="small">
      <Descriptions.Item label={t('studySessions.kind')}>
        {t(`studySessions.kinds.${s.kind}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('studySessions.time')}>
        {`${formatDateTime(s.startsAt)} – ${formatDateTime(s.endsAt).slice(11)}`}
      </Descriptions.Item>
      <Descriptions.Item label={t('studySessions.org')}>{s.orgName}</Descriptions.Item>
      <Descriptions.Item label={t('studySessions.place')}>{s.place}</Descriptions.Item>
      <Descriptions.Item label={t('studySessions.presenter')}>{s.presenter}</Descriptions.Item>
      <Descriptions.Item label={t('studySessions.recorder')}>{s.recorderName}</Descriptions.Item>
      <Descriptions.Item label={t('studySessions.counts')}>
        <CountsCell counts={s.counts} />
      </Descriptions.Item>
      {s.myStatus ? (
        <Descriptions.Item label={t('studySessions.myStatus')}>
          {t(`studySessions.statuses.${s.myStatus}`)}
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('studySessions.entry')}>
        <Flex gap={8} wrap align="center">
          <StateTag state={s.entry} tags={entryTags} />
          {s.entryUntil && s.entry !== 'closed'
            ? t('studySessions.entryUntil', { until: formatDateTime(s.entryUntil) })
            : null}
          {s.lateState !== 'none' ? <StateTag state={s.lateState} tags={lateTags} /> : null}
        </Flex>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** 会议记录: the markup as written, edited by the recorder in the entry window. */
function MinutesPart({ s }: { s: StudySessionDetail }) {
  const { message } = App.useApp();
  const patch = usePatchStudySession(s.id);
  const [text, setText] = useState(s.minutes);
  useEffect(() => setText(s.minutes), [s.minutes]);
  if (!recordable(s))
    return s.minutes ? (
      <Markup source={s.minutes} />
    ) : (
      <Typography.Text type="secondary">{t('studySessions.minutesEmpty')}</Typography.Text>
    );
  return (
    <Flex vertical gap="small">
      <Input.TextArea
        aria-label={t('studySessions.minutes')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={MAX_LEN.documentBody}
        showCount
        autoSize={{ minRows: 6, maxRows: 16 }}
        placeholder={t('studySessions.minutesPlaceholder')}
      />
      <Flex justify="end">
        <Button
          type="primary"
          loading={patch.isPending}
          disabled={text === s.minutes}
          onClick={() =>
            patch.mutateAsync({ minutes: text }).then(
              () => void message.success(t('common.saved')),
              (error: unknown) => void message.error(errorMessage(error)),
            )
          }
        >
          {t('studySessions.minutesSave')}
        </Button>
      </Flex>
      {text ? (
        <Card size="small" title={t('studySessions.preview')}>
          <Markup source={text} />
        </Card>
      ) : null}
    </Flex>
  );
}

/** 照片和签到表: the files attached, and more uploaded in the entry window. */
function AttachmentsPart({ s }: { s: StudySessionDetail }) {
  const { message } = App.useApp();
  const patch = usePatchStudySession(s.id);
  const [form] = Form.useForm<{ uploads?: UploadFile[] }>();
  const uploads = Form.useWatch('uploads', form);
  return (
    <Flex vertical gap="small">
      {s.attachments.length === 0 ? (
        <Typography.Text type="secondary">{t('studySessions.noAttachments')}</Typography.Text>
      ) : (
        s.attachments.map((a) => (
          <a key={a.id} href={a.url} target="_blank" rel="noreferrer">
            {a.fileName}
          </a>
        ))
      )}
      {recordable(s) ? (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) =>
            patch.mutateAsync({ attachmentIds: uploadedIds(v.uploads) }).then(
              () => {
                form.resetFields();
                void message.success(t('common.saved'));
              },
              (error: unknown) => void message.error(errorMessage(error)),
            )
          }
        >
          <UploadsField
            label={t('studySessions.attachments')}
            hint={t('studySessions.attachmentsHint')}
            button={t('studySessions.attachmentsButton')}
          />
          <Button
            htmlType="submit"
            loading={patch.isPending}
            disabled={uploadedIds(uploads).length === 0 || stillUploading(uploads)}
          >
            {t('studySessions.attachmentsSave')}
          </Button>
        </Form>
      ) : null}
    </Flex>
  );
}

/** 补录申请: the steps the user may take (申请 / 批准 / 不予补录) and what was done. */
function LatePart({ s }: { s: StudySessionDetail }) {
  const workflow = useLateEntryWorkflow(s.id);
  return (
    <Flex vertical gap="small">
      {s.entry === 'closed' ? (
        <Alert type="info" showIcon title={t('studySessions.entryClosedHint')} />
      ) : null}
      <WorkflowActionsPanel
        workflow={workflow}
        primary={['request', 'approve']}
        danger={['refuse']}
      />
      <Card size="small" title={t('studySessions.lateTitle')}>
        <WorkflowTimeline
          workflow={workflow}
          colors={{ approve: 'green', refuse: 'red' }}
          fieldLabels={{
            reason: t('studySessions.lateFields.reason'),
            comment: t('studySessions.lateFields.comment'),
          }}
        />
      </Card>
    </Flex>
  );
}

/** One session in full: summary, roster with attendance, minutes, attachments, 补录申请. */
export function SessionDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const phone = !Grid.useBreakpoint().md;
  const session = useStudySession(id);
  const [qr, setQr] = useState(false);
  const s = session.data;
  return (
    <Drawer
      open={Boolean(id)}
      onClose={onClose}
      size={phone ? '100%' : 760}
      title={s?.title ?? t('studySessions.detailTitle')}
      extra={
        s?.canRecord && s.entry !== 'closed' ? (
          <Button icon={<QrcodeOutlined />} onClick={() => setQr(true)}>
            {t('studySessions.qrOpen')}
          </Button>
        ) : null
      }
    >
      {session.error ? (
        <QueryError error={session.error} onRetry={() => void session.refetch()} />
      ) : !s ? (
        <Flex justify="center">
          <Spin />
        </Flex>
      ) : (
        <Flex vertical gap="middle">
          <Summary s={s} />
          {s.entry === 'before' && s.canRecord ? (
            <Alert type="info" showIcon title={t('studySessions.entryBeforeHint')} />
          ) : null}
          <Tabs
            items={[
              {
                key: 'roster',
                label: t('studySessions.roster'),
                children: <AttendanceEditor sessionId={s.id} editable={recordable(s)} />,
              },
              {
                key: 'minutes',
                label: t('studySessions.minutes'),
                children: <MinutesPart s={s} />,
              },
              {
                key: 'files',
                label: t('studySessions.attachments'),
                children: <AttachmentsPart s={s} />,
              },
              { key: 'late', label: t('studySessions.lateTitle'), children: <LatePart s={s} /> },
            ]}
          />
          <CheckInQr sessionId={s.id} title={s.title} open={qr} onClose={() => setQr(false)} />
        </Flex>
      )}
    </Drawer>
  );
}
