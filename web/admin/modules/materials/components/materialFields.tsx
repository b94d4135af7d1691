import type { UploadFile } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { MATERIAL_LINK_MAX } from '../../../../../common/materials-terms.ts';
import { t } from '../../../i18n';
import { emptyToNull, inRange } from '../../../ui/forms';
import { type Field, options } from '../../../ui/list/fields';
import { UploadsField, uploadedIds } from '../../../ui/UploadsField';
import { campaignField } from '../../campaigns/components/campaignField';
import { orgField } from '../../orgs/components/orgField';
import { type Material, type MaterialInput, materialKinds } from '../types/material';

export const kindField: Field<Material> = {
  name: 'kind',
  label: t('materials.kind'),
  kind: 'select',
  options: options(materialKinds, (k) => t(`materials.kinds.${k}`)),
};

/** The list's filters; the unit filter only for those who oversee units. */
export const materialFilters = (oversees: boolean): readonly Field<never>[] => [
  {
    name: 'q',
    label: t('materials.searchPlaceholder'),
    kind: 'text',
    maxLength: MAX_LEN.search,
    width: 220,
  },
  { ...kindField, label: t('materials.filterKind'), width: 140 } as Field<never>,
  campaignField('campaignId', t('materials.filterCampaign')),
  ...(oversees
    ? [
        orgField('orgId', t('materials.filterOrg')),
        { name: 'pending', label: t('materials.filterPending'), kind: 'flag' } as Field<never>,
      ]
    : []),
];

const isHttp = (value: unknown) =>
  typeof value !== 'string' || value.trim() === '' || /^https?:\/\/\S+$/i.test(value.trim());

export const materialForm: readonly Field<never>[] = [
  {
    name: 'title',
    label: t('materials.name'),
    kind: 'text',
    maxLength: MAX_LEN.documentTitle,
    required: t('materials.nameRequired'),
    span: 16,
  },
  {
    ...(kindField as Field<never>),
    required: t('materials.kindRequired'),
    input: { allowClear: false },
    span: 8,
  },
  campaignField('campaignId', t('materials.campaign'), {
    placeholder: t('materials.campaignPlaceholder'),
  }),
  {
    name: 'copies',
    label: t('materials.copies'),
    kind: 'number',
    input: { precision: 0 },
    item: { rules: [inRange(0, 1_000_000)], extra: t('materials.copiesHint') },
  },
  {
    name: 'link',
    label: t('materials.link'),
    kind: 'text',
    maxLength: MATERIAL_LINK_MAX,
    wide: true,
    placeholder: 'https://',
    item: {
      extra: t('materials.linkHint'),
      dependencies: ['kind'],
      rules: [
        ({ getFieldValue }) => ({
          validator: async (_rule: unknown, value: unknown) => {
            if (!isHttp(value)) throw new Error(t('materials.linkInvalid'));
            if (getFieldValue('kind') === 'link' && !String(value ?? '').trim())
              throw new Error(t('materials.linkRequired'));
          },
        }),
      ],
    },
  },
  {
    name: 'description',
    label: t('materials.description'),
    kind: 'textarea',
    maxLength: MAX_LEN.note,
    wide: true,
  },
  {
    name: 'uploads',
    label: t('materials.attachments'),
    kind: 'text',
    element: (
      <UploadsField
        label={t('materials.attachments')}
        hint={t('materials.attachmentsHint')}
        button={t('materials.upload')}
      />
    ),
  },
];

export type MaterialValues = Omit<MaterialInput, 'attachmentIds'> & {
  uploads?: UploadFile<{ id: string }>[];
};

export const toMaterialValues = (m: Material | null): Partial<MaterialValues> =>
  m
    ? {
        title: m.title,
        kind: m.kind,
        campaignId: m.campaignId,
        copies: m.copies,
        link: m.link ?? '',
        description: m.description,
      }
    : { kind: 'book' };

export const toMaterialInput = (v: MaterialValues): MaterialInput => ({
  title: v.title.trim(),
  kind: v.kind,
  campaignId: v.campaignId ?? null,
  copies: v.copies ?? null,
  link: emptyToNull(v.link ?? null),
  description: v.description?.trim() ?? '',
  attachmentIds: uploadedIds(v.uploads),
});

/** Where 在线学习 opens: the link, else the first file. */
export const studyUrl = (m: Material): string | null => m.link ?? m.attachments[0]?.url ?? null;
