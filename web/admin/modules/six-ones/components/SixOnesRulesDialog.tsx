import { App, Typography } from 'antd';
import { useEffect } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { type MessageKey, t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { inRange } from '../../../ui/forms';
import { FormDialog } from '../../../ui/list/FormDialog';
import { type Field, options } from '../../../ui/list/fields';
import { useSaveSixOnesSettings, useSixOnesSettings } from '../hooks/useSixOnes';
import type { SixOnesRules, SixOnesSettings } from '../types/sixOnes';

/** The dialog's values: the rules flat (one form field each), the share as a percentage. */
type RulesValues = {
  researchRequire: SixOnesRules['research']['require'];
  cardRequire: SixOnesRules['card']['require'];
  cardMinHandedOut?: number;
  mailboxRequire: SixOnesRules['mailbox']['require'];
  letterRequire: SixOnesRules['letter']['require'];
  letterMinContactPoints?: number;
  demandsMinCount: number;
  ledgerPercent: number;
  pledge?: string;
};

type Words<V extends string> = Record<V, MessageKey>;
const choices = <V extends string>(words: Words<V>) =>
  options(Object.keys(words) as V[], (v) => t(words[v]));

const researchWords: Words<RulesValues['researchRequire']> = {
  claimed: 'sixOnes.researchRequire.claimed',
  submitted: 'sixOnes.researchRequire.submitted',
  approved: 'sixOnes.researchRequire.approved',
  published: 'sixOnes.researchRequire.published',
};
const cardWords: Words<RulesValues['cardRequire']> = {
  printed: 'sixOnes.cardRequire.printed',
  handed_out: 'sixOnes.cardRequire.handed_out',
};
const mailboxWords: Words<RulesValues['mailboxRequire']> = {
  address: 'sixOnes.mailboxRequire.address',
  received: 'sixOnes.mailboxRequire.received',
};
const letterWords: Words<RulesValues['letterRequire']> = {
  approved: 'sixOnes.letterRequire.approved',
  published: 'sixOnes.letterRequire.published',
  delivered: 'sixOnes.letterRequire.delivered',
};

const select = (name: keyof RulesValues, label: string, opts: Field<never>['options']) =>
  ({
    name,
    label,
    kind: 'select',
    options: opts,
    required: t('sixOnes.requireMissing'),
  }) satisfies Field<never>;
const count = (name: keyof RulesValues, label: string, max: number) =>
  ({
    name,
    label,
    kind: 'number',
    required: t('sixOnes.numberMissing'),
    item: { rules: [inRange(0, max)] },
    input: { precision: 0 },
  }) satisfies Field<never>;

/** The limits are the server's (common/six-ones.ts ZSixOnesRulesSchema). */
const fields: readonly Field<never>[] = [
  select('researchRequire', t('sixOnes.research'), choices(researchWords)),
  select('mailboxRequire', t('sixOnes.mailbox'), choices(mailboxWords)),
  select('cardRequire', t('sixOnes.card'), choices(cardWords)),
  {
    ...count('cardMinHandedOut', t('sixOnes.minHandedOut'), 100_000),
    shownWhen: (v) => v.cardRequire === 'handed_out',
  },
  select('letterRequire', t('sixOnes.letter'), choices(letterWords)),
  {
    ...count('letterMinContactPoints', t('sixOnes.minContactPoints'), 1000),
    shownWhen: (v) => v.letterRequire === 'delivered',
  },
  count('demandsMinCount', t('sixOnes.minCount'), 100_000),
  count('ledgerPercent', t('sixOnes.minSignedOffShare'), 100),
  {
    name: 'pledge',
    label: t('sixOnes.pledge'),
    kind: 'textarea',
    maxLength: MAX_LEN.pledge,
    wide: true,
  },
];

const valuesOf = ({ rules: r, pledge }: SixOnesSettings): RulesValues => ({
  researchRequire: r.research.require,
  cardRequire: r.card.require,
  cardMinHandedOut: r.card.minHandedOut,
  mailboxRequire: r.mailbox.require,
  letterRequire: r.letter.require,
  letterMinContactPoints: r.letter.minContactPoints,
  demandsMinCount: r.demands.minCount,
  ledgerPercent: Math.round(r.ledger.minSignedOffShare * 100),
  pledge,
});

/** A hidden number (its rule not chosen) keeps what was saved. */
const settingsOf = (v: RulesValues, before: SixOnesSettings): SixOnesSettings => ({
  rules: {
    research: { require: v.researchRequire },
    card: {
      require: v.cardRequire,
      minHandedOut: v.cardMinHandedOut ?? before.rules.card.minHandedOut,
    },
    mailbox: { require: v.mailboxRequire },
    letter: {
      require: v.letterRequire,
      minContactPoints: v.letterMinContactPoints ?? before.rules.letter.minContactPoints,
    },
    demands: { minCount: v.demandsMinCount },
    ledger: { minSignedOffShare: v.ledgerPercent / 100 },
  },
  pledge: v.pledge ?? '',
});

/** 完成标准: the office sets, per campaign, what counts as done for each of the six, and the pledge. */
export function SixOnesRulesDialog({
  campaign,
  open,
  onClose,
  onLoading,
}: {
  campaign: { id: string; name: string };
  open: boolean;
  onClose: () => void;
  /** while the saved rules load after the button was pressed */
  onLoading?: (loading: boolean) => void;
}) {
  const { message } = App.useApp();
  const settings = useSixOnesSettings(campaign.id, open);
  const save = useSaveSixOnesSettings(campaign.id);
  const loading = open && settings.isPending;
  useEffect(() => onLoading?.(loading), [loading, onLoading]);
  const failed = open ? settings.error : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: said once per failure
  useEffect(() => {
    if (!failed) return;
    void message.error(errorMessage(failed));
    onClose();
  }, [failed]);
  const title = t('sixOnes.rulesTitle', { campaign: campaign.name });
  return (
    <FormDialog<SixOnesSettings, RulesValues>
      name="six-ones-rules"
      editing={open && settings.data ? settings.data : undefined}
      title={{ create: title, edit: title }}
      fields={fields}
      initialValues={(s) => (s ? valuesOf(s) : {})}
      onSubmit={(v, s) => save.mutateAsync(settingsOf(v, s ?? (settings.data as SixOnesSettings)))}
      onClose={onClose}
      done={t('sixOnes.rulesSaved')}
      intro={
        <Typography.Paragraph type="secondary">{t('sixOnes.rulesIntro')}</Typography.Paragraph>
      }
    />
  );
}
