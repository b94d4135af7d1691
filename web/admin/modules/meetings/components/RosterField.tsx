import { Button, Empty, Flex, Form, Input, Radio, Typography } from 'antd';
import { t } from '../../../i18n';
import { ATTENDANCE_STATUSES, attendanceStatusLabels, MEETING_LEN } from '../types/meeting';

const M = 'meetings' as const;

/**
 * 应到人员和到会情况: one line per cadre due (the unit's cadres by default), 出席 or 缺席 — a reason
 * is required when absent. The list lives in the form under `attendance`.
 */
export function RosterField({ onReload }: { onReload?: () => void }) {
  return (
    <Form.Item label={t(`${M}.roster`)} extra={t(`${M}.rosterHint`)}>
      <Form.List name="attendance">
        {(lines) =>
          lines.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`${M}.rosterEmpty`)} />
          ) : (
            <Flex vertical gap={4}>
              {lines.map((line) => (
                <Flex key={line.key} gap={8} align="start" wrap>
                  <Form.Item name={[line.name, 'cadreId']} hidden noStyle>
                    <Input type="hidden" />
                  </Form.Item>
                  <Form.Item name={[line.name, 'cadreName']} noStyle>
                    <RosterName />
                  </Form.Item>
                  <Form.Item name={[line.name, 'status']} noStyle>
                    <Radio.Group
                      optionType="button"
                      size="small"
                      options={ATTENDANCE_STATUSES.map((s) => ({
                        value: s,
                        label: attendanceStatusLabels[s],
                      }))}
                    />
                  </Form.Item>
                  <Form.Item noStyle dependencies={[['attendance', line.name, 'status']]}>
                    {({ getFieldValue }) =>
                      getFieldValue(['attendance', line.name, 'status']) === 'absent' ? (
                        <Form.Item
                          name={[line.name, 'reason']}
                          style={{ marginBottom: 0, flex: 1, minWidth: 180 }}
                          rules={[
                            { required: true, whitespace: true, message: t(`${M}.reasonRequired`) },
                          ]}
                        >
                          <Input
                            size="small"
                            placeholder={t(`${M}.reason`)}
                            aria-label={t(`${M}.reason`)}
                            maxLength={MEETING_LEN.reason}
                          />
                        </Form.Item>
                      ) : null
                    }
                  </Form.Item>
                </Flex>
              ))}
            </Flex>
          )
        }
      </Form.List>
      {onReload ? (
        <Button size="small" type="link" onClick={onReload} style={{ paddingInline: 0 }}>
          {t(`${M}.rosterLoad`)}
        </Button>
      ) : null}
    </Form.Item>
  );
}

function RosterName({ value }: { value?: string }) {
  return <Typography.Text style={{ width: 96, display: 'inline-block' }}>{value}</Typography.Text>;
}
