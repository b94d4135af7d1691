import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZOutboxFilterSchema,
  ZOutboxItemSchema,
  ZOutboxListQuerySchema,
  ZSmsInboundSchema,
} from '../../../common/outbox.ts';
import { listOf } from '../../../common/paging.ts';
import { z } from '../../../common/zod.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files.ts';
import { resourceRoutes } from '../../platform/routes.ts';
import { outboxPolicy } from './channels.policy.ts';
import { setPublicBaseUrl } from './messages.ts';
import * as outbox from './outbox.service.ts';
import { checkSignature, receiveSms } from './sms.service.ts';

export const SMS_INBOUND_PATH = '/api/channels/sms/inbound';
const tags = ['channels'];

/** The SMS gateway's webhook: raw body (for the signature) only in this plugin's own scope. */
function registerSmsWebhook(
  app: FastifyInstance,
  { db, config, files }: { db: Db; config: Config; files: FileStore },
) {
  void app.register(async (scope) => {
    // JSON arrives as bytes here and is parsed after the signature check; other routes keep theirs
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) =>
      done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      SMS_INBOUND_PATH,
      {
        schema: {
          tags,
          summary:
            '短信网关推送上行短信（x-tiexin-timestamp：Unix 秒；x-tiexin-signature：HMAC-SHA256("时间戳.原始请求体") 十六进制；前后超过 5 分钟拒收）',
          body: ZSmsInboundSchema,
          response: {
            200: z.object({ trackingCode: z.string() }).describe('重复推送：已登记过'),
            201: z.object({ trackingCode: z.string() }),
          },
        },
        // per address, like the other account-less routes (before the signature is even read)
        config: {
          rateLimit: { max: config.smsWebhookRateLimitPerMinute, timeWindow: '1 minute' },
        },
        preValidation: async (req) => {
          const secret = config.smsWebhookSecret;
          if (!secret) throw new AppError('SMS_NOT_CONFIGURED');
          const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
          const check = checkSignature(
            secret,
            raw,
            req.headers['x-tiexin-signature'],
            req.headers['x-tiexin-timestamp'],
          );
          if (check === 'timestamp') throw new AppError('SMS_TIMESTAMP');
          if (check !== 'ok') throw new AppError('SMS_SIGNATURE');
          try {
            req.body = JSON.parse(raw.toString('utf8'));
          } catch {
            throw new AppError('VALIDATION.json');
          }
        },
      },
      async (req, reply) => {
        const result = await receiveSms(db, files, req.ip, req.body);
        return reply.status(result.created ? 201 : 200).send({ trackingCode: result.trackingCode });
      },
    );
  });
}

export function registerChannelRoutes(
  app: FastifyInstance,
  deps: { db: Db; config: Config; files: FileStore },
): void {
  const { db, config } = deps;
  setPublicBaseUrl(config.publicBaseUrl);
  outbox.setReceiptCapSecret(config.authHashKey);
  registerSmsWebhook(app, deps);

  const { read, retry } = outboxPolicy;
  const api = resourceRoutes(app, db, 'outbox', { read, write: retry }, { tag: 'channels' });
  api.list(ZOutboxListQuerySchema, listOf(ZOutboxItemSchema), outbox.list);
  api.exportXlsx(ZOutboxFilterSchema, outbox.exportXlsx);
  api.get(ZOutboxItemSchema, outbox.get);
  api.action('retry', null, ZOutboxItemSchema, outbox.retry);
}
