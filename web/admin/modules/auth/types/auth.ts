/** 系统管理员 / 活动办 / 单位管理员 / 党员干部 / 督查 */
export type Role = 'admin' | 'office' | 'unit_admin' | 'cadre' | 'inspector';

export type CurrentUser = {
  id: string;
  username: string;
  name: string;
  role: Role;
  orgId: string | null;
  orgName: string | null;
  /** the cadre this account logs visits as; null when the account is not linked to one */
  cadreId: string | null;
};

/** The answer of login and of /me. */
export type Session = {
  user: CurrentUser;
  csrfToken: string;
};

export type LoginInput = {
  username: string;
  password: string;
};
