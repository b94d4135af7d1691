import type { TSettingJson, TSettingValue } from '../../../../../common/settings.ts';

/** 系统设置: one rule users may change (the server's catalog says what it means). */
export type Setting = TSettingJson;
export type SettingValue = TSettingValue;

/** Who may open 系统设置 and change a value (the server's settings.policy decides). */
export const settingEditorRoles = ['admin'] as const;
