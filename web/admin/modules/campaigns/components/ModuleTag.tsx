import { Tag } from 'antd';
import { t } from '../../../i18n';
import type { ActivityModule } from '../types/campaign';

const colors: Record<ActivityModule, string> = {
  learning: 'blue',
  visits: 'green',
  six_ones: 'cyan',
  cases: 'orange',
  self_exam: 'purple',
  models: 'gold',
  publicity: 'magenta',
  other: 'default',
};

/** The module that carries an activity's work, as a labelled tag. */
export function ModuleTag({ module }: { module: ActivityModule }) {
  return <Tag color={colors[module]}>{t(`campaigns.activities.modules.${module}`)}</Tag>;
}
