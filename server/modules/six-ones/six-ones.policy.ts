import { ACCESS } from '../../../common/access.ts';

/**
 * 六个一: everyone reads the six of his scope (a cadre his own on 我的六个一); the office sets what
 * counts as done (`write`); those who oversee send the reminders (`remind`).
 */
export const sixOnesPolicy = ACCESS.sixOnes;
