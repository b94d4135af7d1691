// No zod here: the admin app and the catalogs import these as values.

/** 六个一 — the six things every leading cadre keeps (SPEC §5, plan item 3), in the plan's order. */
export const SIX_ONES_KEYS = [
  'research',
  'card',
  'mailbox',
  'letter',
  'demands',
  'ledger',
] as const;
export type TSixOnesKey = (typeof SIX_ONES_KEYS)[number];

export const SIX_ONES_LABELS: Record<TSixOnesKey, string> = {
  research: '调研课题',
  card: '干群连心卡',
  mailbox: '电子信箱',
  letter: '公开信',
  demands: '诉求清单',
  ledger: '销号台账',
};
