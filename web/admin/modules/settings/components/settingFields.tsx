import { Typography } from 'antd';
import { t } from '../../../i18n';
import { inRange } from '../../../ui/forms';
import type { Field } from '../../../ui/list/fields';
import type { Setting } from '../types/setting';

/**
 * The dialog of one setting: what it means, then its value as the setting's kind asks for (a
 * whole number within its bounds — refused in words, not clamped —, a yes/no, a text).
 */
export function settingForm(setting: Setting | null): Field<never>[] {
  const input = setting?.input;
  const range =
    input?.kind === 'integer'
      ? t('settings.range', { min: input.min ?? '', max: input.max ?? '' })
      : undefined;
  const bounds =
    input?.kind === 'integer' && input.min !== undefined && input.max !== undefined
      ? [inRange(input.min, input.max)]
      : [];
  return [
    {
      name: 'about',
      label: '',
      kind: 'custom',
      element: (
        <>
          <Typography.Paragraph strong>{setting?.label}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{setting?.description}</Typography.Paragraph>
        </>
      ),
    },
    {
      name: 'value',
      label: t('settings.value'),
      kind: input?.kind === 'integer' ? 'number' : input?.kind === 'boolean' ? 'boolean' : 'text',
      required: t('settings.valueRequired'),
      wide: true,
      input:
        input?.kind === 'integer'
          ? { precision: 0, addonAfter: setting?.unit || undefined, style: { width: 220 } }
          : { maxLength: 2000 },
      item: {
        extra: [range, t('settings.defaultIs', { value: String(setting?.defaultValue) })]
          .filter(Boolean)
          .join('；'),
        rules: bounds,
      },
    },
  ];
}
