export {
  type TCadreCard,
  type TCadreCardUpdate,
  type TCardCampaignQuery,
  type TCardRecord,
  type TCardRecordCreate,
  type TCardRecordList,
  ZCadreCardSchema,
  ZCadreCardUpdateSchema,
  ZCardCampaignQuerySchema,
  ZCardRecordCreateSchema,
  ZCardRecordListSchema,
  ZCardRecordSchema,
} from '../../../common/cards.ts';
export { ZIdParamsSchema } from '../../../common/paging.ts';
