import { EnvironmentOutlined, HeartOutlined, HomeOutlined } from '@ant-design/icons';
import { Alert, Card, Flex, Typography } from 'antd';
import { t } from '../../../i18n';
import { MetMark } from '../../compliance/components/MetMark';
import type { ComplianceItem } from '../../compliance/types/compliance';
import { ProgressItem } from './ProgressItem';

type MyProgressCardProps = {
  progress: ComplianceItem;
  nextAction: string | null;
};

/** "本月：2 / 3 天 · 结对 4 户 · 帮扶贫困户 1 户 ✅", each part with its own mark, and what next. */
export function MyProgressCard({ progress: p, nextAction }: MyProgressCardProps) {
  const daysOk = p.daysLogged >= p.daysRequired;
  const pairedOk = p.pairedHouseholds >= p.minHouseholds && p.pairedHouseholds <= p.maxHouseholds;
  const poorOk = p.poorHouseholdsHelped >= p.minPoorHelped;
  return (
    <Card>
      <Flex vertical gap="small">
        <Flex justify="space-between" align="center" wrap gap="small">
          <Typography.Text strong style={{ fontSize: 18 }}>
            {t('compliance.my.summary', {
              days: p.daysLogged,
              required: p.daysRequired,
              paired: p.pairedHouseholds,
              poor: p.poorHouseholdsHelped,
            })}
          </Typography.Text>
          <MetMark met={p.met} size={18} />
        </Flex>
        <div>
          <ProgressItem
            icon={<EnvironmentOutlined />}
            label={t('compliance.my.days')}
            value={t('compliance.my.daysValue', { days: p.daysLogged, required: p.daysRequired })}
            ok={daysOk}
          />
          <ProgressItem
            icon={<HomeOutlined />}
            label={t('compliance.my.paired')}
            value={t('compliance.my.pairedValue', {
              paired: p.pairedHouseholds,
              min: p.minHouseholds,
              max: p.maxHouseholds,
            })}
            ok={pairedOk}
          />
          <ProgressItem
            icon={<HeartOutlined />}
            label={t('compliance.my.poor')}
            value={t('compliance.my.poorValue', {
              poor: p.poorHouseholdsHelped,
              min: p.minPoorHelped,
            })}
            ok={poorOk}
          />
        </div>
        {nextAction ? (
          <Alert
            type={p.met ? 'success' : 'info'}
            showIcon
            title={t('compliance.my.nextAction')}
            description={<span style={{ fontSize: 16 }}>{nextAction}</span>}
          />
        ) : null}
      </Flex>
    </Card>
  );
}
