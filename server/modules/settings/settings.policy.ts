import { ACCESS } from '../../../common/access.ts';

/** The office reads the rules it works by; only the admin changes them. */
export const settingPolicy = ACCESS.settings;
