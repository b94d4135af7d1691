/**
 * How long a text a user types may be: the server's schemas refuse a longer one in words and the
 * web forms show the limit with a counter (`maxLength` + `showCount`), both from these numbers.
 * No zod here, so both web apps import it without a schema library.
 */
export const MAX_LEN = {
  /** a person's name (干部, 户主, 成员, 来信人) */
  personName: 50,
  /** 单位 / 联系点 / 活动 name */
  name: 100,
  /** 阶段 name */
  phaseName: 50,
  /** 活动项目 title */
  activityTitle: 200,
  /** 诉求分类, 节假日 name */
  shortName: 30,
  /** 职务 */
  post: 100,
  /** 县（市、区） */
  county: 50,
  /** an address */
  address: 200,
  /** 与户主关系 */
  relation: 20,
  /** 邮箱 */
  email: 100,
  /** a phone number as typed */
  phone: 20,
  /** 身份证号 as typed (18 characters, spaces allowed around) */
  idNumber: 30,
  /** 说明 / 进展情况 / 走访 heard and done: long free text */
  longText: 5000,
  /** a note of a step, a reason, a household's 备注 */
  note: 2000,
  /** a short reason (结束结对) */
  reason: 200,
  /** a citizen's comment with the rating */
  ratingComment: 1000,
  /** a search box */
  search: 100,
  /** 调研课题、公开信 … title */
  documentTitle: 100,
  /** a document's body (调研报告, 公开信) */
  documentBody: 20000,
  /** 用户名 */
  username: 32,
  /** a password */
  password: 200,
  /** 连心卡承诺: the campaign's pledge printed on every connection card */
  pledge: 120,
} as const;

/** The longest stay one visit log may cover, in days. */
export const MAX_VISIT_DAYS = 31;
