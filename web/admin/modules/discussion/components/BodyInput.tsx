import type { FormRule } from 'antd';
import { Input } from 'antd';
import { t } from '../../../i18n';

/**
 * The body of a post with its counter (字数 n/max). Longer text is not cut: the counter turns red
 * and the form refuses it in words (docs/CONVENTIONS.md, rule 16), as the server does.
 */
export function BodyInput({
  max,
  rows,
  ...props
}: {
  max: number;
  rows: number;
  id?: string;
  value?: string;
  onChange?: (e: React.ChangeEvent<HTMLTextAreaElement>) => void;
  placeholder?: string;
  'aria-label'?: string;
}) {
  return <Input.TextArea rows={rows} count={{ show: true, max }} {...props} />;
}

export const bodyRules = (max: number): FormRule[] => [
  { required: true, whitespace: true, message: t('discussion.bodyRequired') },
  { max, message: t('discussion.tooLong', { label: t('discussion.body'), max }) },
];
