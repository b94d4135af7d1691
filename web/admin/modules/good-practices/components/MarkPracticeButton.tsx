import { StarOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { ACCESS, may } from '../../../../../common/access.ts';
import { t } from '../../../i18n';
import { FormDialog } from '../../../ui/list/FormDialog';
import type { Field } from '../../../ui/list/fields';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { campaignField } from '../../campaigns/components/campaignField';
import { goodPracticeKeys, markGoodPractice } from '../api/goodPracticesApi';
import { GOOD_PRACTICE_NOTE_MAX, type TGoodPracticeKind } from '../types/goodPractice';

const G = 'goodPractices' as const;

type Values = { campaignId?: string; note?: string };

const fields: readonly Field<never>[] = [
  campaignField('campaignId', t(`${G}.campaign`), {
    required: t(`${G}.campaignRequired`),
    wide: true,
  }),
  {
    name: 'note',
    label: t(`${G}.note`),
    kind: 'textarea',
    maxLength: GOOD_PRACTICE_NOTE_MAX,
    required: t(`${G}.noteRequired`),
    wide: true,
  },
];

/**
 * 标为经验做法: the office's and the admin's button on a case, a research report or a reflection;
 * a dialog asks for the campaign (the document's own by default) and a short note.
 */
export function MarkPracticeButton({
  kind,
  subjectId,
  title,
  campaignId,
}: {
  kind: TGoodPracticeKind;
  subjectId: string;
  title: string;
  campaignId?: string;
}) {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const mark = useMutation({
    mutationFn: markGoodPractice,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: goodPracticeKeys.all }),
  });
  if (!may(ACCESS.goodPractices.write, user.role)) return null;
  return (
    <>
      <Button icon={<StarOutlined />} onClick={() => setOpen(true)}>
        {t(`${G}.mark`)}
      </Button>
      <FormDialog<{ id: string }, Values>
        name="good-practice"
        editing={open ? null : undefined}
        title={{ create: t(`${G}.markTitle`, { title }), edit: '' }}
        intro={
          <Alert type="info" showIcon title={t(`${G}.markHelp`)} style={{ marginBottom: 16 }} />
        }
        okText={t(`${G}.mark`)}
        done={t(`${G}.marked`)}
        width={520}
        fields={fields}
        codeFields={{ GOOD_PRACTICE_MARKED: 'campaignId' }}
        initialValues={() => ({ campaignId })}
        onSubmit={(v) =>
          mark.mutateAsync({ kind, subjectId, campaignId: v.campaignId, note: v.note ?? '' })
        }
        onClose={() => setOpen(false)}
      />
    </>
  );
}
