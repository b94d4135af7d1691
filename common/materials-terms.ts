// No zod here: the admin app, the catalogs and the database schema import these as values.

/**
 * 学习资料的类别 (issue 13 §1, plan item 1): 报告会光盘, 书籍读本, 视频, 链接, 彩铃, 其他. The
 * online kinds are studied on a screen or a phone, so a cadre may record that he studied them.
 */
export const MATERIAL_KINDS = ['dvd', 'book', 'video', 'link', 'ringtone', 'other'] as const;
export type TMaterialKind = (typeof MATERIAL_KINDS)[number];

export const MATERIAL_KIND_LABELS: Record<TMaterialKind, string> = {
  dvd: '报告会光盘',
  book: '书籍读本',
  video: '视频',
  link: '链接',
  ringtone: '彩铃',
  other: '其他',
};

/** Kinds that are online by nature; any other material is online when it has an attachment. */
export const ONLINE_MATERIAL_KINDS: readonly TMaterialKind[] = ['video', 'link', 'ringtone'];

/** How long a material's link may be (http or https only). */
export const MATERIAL_LINK_MAX = 500;
/** The largest number of copies or of units one sending names. */
export const MATERIAL_MAX_COPIES = 1_000_000;
export const MATERIAL_MAX_UNITS_PER_SENDING = 500;
