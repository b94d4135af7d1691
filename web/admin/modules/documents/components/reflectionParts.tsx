import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import type { Field } from '../../../ui/list/fields';
import type { Reflection } from '../types/document';

const R = 'documents.reflection' as const;

/** 心得体会: what it reflects on (学习内容); the text is the document's body. */
export const reflectionDetailFields: readonly Field<never>[] = [
  {
    name: 'source',
    label: t(`${R}.source`),
    kind: 'text',
    maxLength: MAX_LEN.name,
    placeholder: t(`${R}.sourcePlaceholder`),
  },
];
export const reflectionValues = (doc: Reflection | null) => ({ source: doc?.details.source ?? '' });
export const reflectionDetails = (v: Record<string, unknown>) => ({
  source: (v.source as string | undefined) ?? '',
});
