import { Card, Flex, Statistic, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../../i18n';
import type { FigureLink } from '../types/dashboard';
import { formatValue, linkTo, type ValueFormat } from './format';

export type FigureProps = {
  title: string;
  value: number | null;
  format?: ValueFormat;
  /** the list behind the figure: the figure is a link to it */
  link?: FigureLink | null;
  /** 'bad' when the figure asks for action (逾期, 未达标) */
  tone?: 'normal' | 'bad';
  /** the same figure in the comparison period (比去年同期) and that period's name */
  previous?: { value: number | null; label: string } | null;
  suffix?: ReactNode;
};

/** A figure's number (a link to its list when it has one) and its comparison under it. */
function FigureValue({
  title,
  value,
  format = 'count',
  link,
  tone,
  previous,
  suffix,
}: FigureProps) {
  const { token } = theme.useToken();
  const bad = tone === 'bad' && (value ?? 0) > 0;
  const statistic = (
    <Statistic
      title={title}
      value={formatValue(value, format)}
      suffix={suffix}
      styles={{
        content: {
          fontSize: 24,
          color: bad ? token.colorError : link ? token.colorLink : undefined,
        },
      }}
    />
  );
  return (
    <div>
      {link ? (
        <Link to={linkTo(link)} aria-label={`${title} ${formatValue(value, format)}`}>
          {statistic}
        </Link>
      ) : (
        statistic
      )}
      {previous ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('dashboard.previousValue', {
            label: t('dashboard.comparison', { label: previous.label }),
            value: formatValue(previous.value, format),
          })}
        </Typography.Text>
      ) : null}
    </div>
  );
}

/**
 * One figure of the dashboard; with a link it opens the list that counts it (a click on 逾期 12
 * opens those 12 cases), and under it the comparison period's figure when there is one.
 */
export function Figure(props: FigureProps) {
  return (
    <Card size="small" hoverable={Boolean(props.link)} style={{ height: '100%' }}>
      <FigureValue {...props} />
    </Card>
  );
}

/** Figures that belong together (满意 / 基本满意 / 不满意) in one card. */
export function FigureGroup({ figures }: { figures: readonly FigureProps[] }) {
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Flex justify="space-between" gap="small" wrap>
        {figures.map((f) => (
          <FigureValue key={f.title} {...f} />
        ))}
      </Flex>
    </Card>
  );
}
