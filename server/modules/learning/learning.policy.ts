import { ACCESS } from '../../../common/access.ts';

/** 学习参与情况: everyone reads his scope (a cadre his own unit's); the page is the overseers'. */
export const learningPolicy = ACCESS.learning;
