export {
  ZGoodPracticeCreateSchema,
  ZGoodPracticeFilterSchema,
  ZGoodPracticeListQuerySchema,
  ZGoodPracticeListSchema,
  ZGoodPracticeSchema,
} from '../../../common/good-practices.ts';
