import { ACCESS } from '../../../../../common/access.ts';

/** 系统设置: one rule users may change (the server's catalog says what it means). */
export type {
  TSettingJson as Setting,
  TSettingValue as SettingValue,
} from '../../../../../common/settings.ts';

/** Who may open 系统设置 and change a value (common/access.ts, the server's settings policy). */
export const settingEditorRoles = ACCESS.settings.write;
