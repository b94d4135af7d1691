import {
  AuditOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  IdcardOutlined,
  MailOutlined,
  RightOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Button, Card, Col, Flex, Progress, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { t } from '../../../i18n';
import type { SixOnesItem, SixOnesKey } from '../types/sixOnes';
import { SixOnesMark } from './SixOnesMark';

/** Each of the six's icon, in the plan's order (the server's SIX_ONES_KEYS order). */
export const SIX_ONES_ICONS: Record<SixOnesKey, ReactNode> = {
  research: <FileSearchOutlined />,
  card: <IdcardOutlined />,
  mailbox: <MailOutlined />,
  letter: <FileTextOutlined />,
  demands: <UnorderedListOutlined />,
  ledger: <AuditOutlined />,
};

/** "已完成 4 / 6 项" with a bar, or that all six are done. */
export function SixOnesProgress({ items }: { items: readonly SixOnesItem[] }) {
  const done = items.filter((i) => i.done).length;
  const total = items.length;
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong style={{ fontSize: 18 }}>
        {done === total && total > 0
          ? t('sixOnes.allDone')
          : t('sixOnes.progress', { done, total })}
      </Typography.Text>
      <Progress
        percent={total ? Math.round((done / total) * 100) : 0}
        steps={total}
        size={[32, 10]}
        aria-label={t('sixOnes.progress', { done, total })}
      />
    </Flex>
  );
}

/**
 * The six, one card each: its state (✓ / ✗ with the word), what there is or is missing, and a
 * button to where it is done.
 */
export function SixOnesItems({ items }: { items: readonly SixOnesItem[] }) {
  const navigate = useNavigate();
  return (
    <Row gutter={[12, 12]}>
      {items.map((item) => (
        <Col key={item.key} xs={24} md={12}>
          <Card size="small" style={{ height: '100%' }}>
            <Flex vertical gap={6}>
              <Flex justify="space-between" align="center" gap="small">
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {SIX_ONES_ICONS[item.key]} {item.label}
                </Typography.Text>
                <SixOnesMark done={item.done} />
              </Flex>
              <Typography.Text type={item.done ? 'secondary' : undefined}>
                {item.detail}
              </Typography.Text>
              {item.link ? (
                <Flex justify="end">
                  <Button
                    size="small"
                    type={item.done ? 'default' : 'primary'}
                    icon={<RightOutlined />}
                    iconPlacement="end"
                    aria-label={t('sixOnes.goDoLabel', { label: item.label })}
                    onClick={() => navigate(item.link ?? '/')}
                  >
                    {t('sixOnes.goDo')}
                  </Button>
                </Flex>
              ) : null}
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
