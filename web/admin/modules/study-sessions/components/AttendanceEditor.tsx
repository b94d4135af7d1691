import { App, Button, Flex, Input, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { ApiError } from '../../../ui/api';
import { errorMessage } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { options } from '../../../ui/list/fields';
import { QueryError } from '../../../ui/QueryError';
import { useAttendance, usePutAttendance } from '../hooks/useStudySessions';
import {
  type AttendanceRow,
  type AttendanceStatus,
  attendanceStatuses,
} from '../types/studySession';

type Draft = { status: AttendanceStatus; reason: string };

const statusOptions = options(attendanceStatuses, (s) => t(`studySessions.statuses.${s}`));

/**
 * 应到名单 with each cadre's attendance: a select per row (and the reason when 请假 or 缺席) for
 * the recorder in the entry window, read-only otherwise. Only the rows changed are sent; the
 * counts above come back from the server, counted from the rows.
 */
export function AttendanceEditor({
  sessionId,
  editable,
}: {
  sessionId: string;
  editable: boolean;
}) {
  const { message } = App.useApp();
  const roster = useAttendance(sessionId);
  const put = usePutAttendance(sessionId);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: a reload of the roster starts afresh
  useEffect(() => {
    setDrafts({});
    setErrors({});
  }, [roster.data]);
  const rows = roster.data?.items ?? [];
  const draftOf = (r: AttendanceRow): Draft =>
    drafts[r.cadreId] ?? { status: r.status, reason: r.reason ?? '' };
  const changed = useMemo(
    () =>
      rows.filter((r) => {
        const d = drafts[r.cadreId];
        return d && (d.status !== r.status || d.reason.trim() !== (r.reason ?? ''));
      }),
    [rows, drafts],
  );
  const set = (r: AttendanceRow, patch: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [r.cadreId]: { ...draftOf(r), ...patch } }));

  const save = async () => {
    const missing = Object.fromEntries(
      changed
        .filter((r) => draftOf(r).status === 'leave' && !draftOf(r).reason.trim())
        .map((r) => [r.cadreId, t('studySessions.reasonRequired')]),
    );
    setErrors(missing);
    if (Object.keys(missing).length) return;
    const sent = changed.map((r) => ({
      cadreId: r.cadreId,
      status: draftOf(r).status,
      reason: draftOf(r).reason.trim() || null,
    }));
    try {
      await put.mutateAsync({ rows: sent });
      void message.success(t('studySessions.attendanceSaved'));
    } catch (error) {
      // a row's refusal under its row (rows.3.reason), anything else in words
      if (error instanceof ApiError && error.details?.length) {
        const byRow: Record<string, string> = {};
        for (const d of error.details) {
          const i = Number(/rows\.(\d+)/.exec(d.field ?? '')?.[1]);
          const row = sent[i];
          if (row) byRow[row.cadreId] = d.message;
        }
        setErrors(byRow);
      }
      void message.error(errorMessage(error));
    }
  };

  const columns: TableColumnsType<AttendanceRow> = [
    { title: t('studySessions.cadre'), dataIndex: 'cadreName', width: 96, fixed: 'start' },
    { title: t('studySessions.cadreOrg'), dataIndex: 'orgName', width: 120, ellipsis: true },
    {
      title: t('studySessions.status'),
      key: 'status',
      width: 110,
      render: (_: unknown, r) =>
        editable ? (
          <Select
            size="small"
            aria-label={`${r.cadreName}${t('studySessions.status')}`}
            value={draftOf(r).status}
            options={statusOptions}
            onChange={(status: AttendanceStatus) => set(r, { status })}
            style={{ width: 96 }}
          />
        ) : (
          t(`studySessions.statuses.${r.status}`)
        ),
    },
    {
      title: t('studySessions.reason'),
      key: 'reason',
      width: 170,
      render: (_: unknown, r) => {
        const d = draftOf(r);
        if (!editable) return r.reason;
        if (d.status !== 'leave' && d.status !== 'absent') return null;
        return (
          <Flex vertical gap={2}>
            <Input
              size="small"
              aria-label={`${r.cadreName}${t('studySessions.reason')}`}
              value={d.reason}
              maxLength={MAX_LEN.reason}
              placeholder={t('studySessions.reasonPlaceholder')}
              status={errors[r.cadreId] ? 'error' : undefined}
              onChange={(e) => set(r, { reason: e.target.value })}
            />
            {errors[r.cadreId] ? (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {errors[r.cadreId]}
              </Typography.Text>
            ) : null}
          </Flex>
        );
      },
    },
    {
      title: t('studySessions.method'),
      key: 'method',
      width: 110,
      render: (_: unknown, r) =>
        r.method === 'qr'
          ? `${t('studySessions.methods.qr')} ${formatDateTime(r.checkedInAt).slice(11)}`
          : r.method
            ? t(`studySessions.methods.${r.method}`)
            : null,
    },
  ];

  if (roster.error)
    return <QueryError error={roster.error} onRetry={() => void roster.refetch()} />;
  const counts = roster.data?.counts;
  return (
    <Flex vertical gap="small">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Text>
          {counts ? t('studySessions.attendanceDetail', counts) : null}
        </Typography.Text>
        {editable ? (
          <Flex gap="small">
            <Button
              size="small"
              onClick={() => {
                for (const r of rows)
                  if (draftOf(r).status === 'expected') set(r, { status: 'present' });
              }}
            >
              {t('studySessions.allPresent')}
            </Button>
            <Button
              size="small"
              type="primary"
              disabled={changed.length === 0}
              loading={put.isPending}
              onClick={() => void save()}
            >
              {t('studySessions.saveAttendance')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
      <Table<AttendanceRow>
        rowKey="cadreId"
        size="small"
        loading={roster.isFetching}
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 600, y: 360 }}
      />
    </Flex>
  );
}
