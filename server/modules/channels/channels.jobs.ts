import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { FileStore } from '../../platform/files.ts';
import { type SmtpListener, startSmtpListener } from '../../platform/mail/smtp-listener.ts';
import { smtpRelayTransport } from '../../platform/mail/transport.ts';
import { keepSmsProvider, type SmsProvider } from '../../platform/sms.ts';
import { acceptsRecipient, receiveMail } from './mail-intake.ts';
import type { Senders } from './outbox.service.ts';

type Log = { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };

/** The 电子信箱 listener: every accepted message becomes a case (mail-intake.ts). */
export function startMailIntake(deps: {
  db: Db;
  files: FileStore;
  config: Pick<Config, 'mail' | 'smtp'>;
  log: Log;
  /** overrides config.smtp.port (tests listen on 0) */
  port?: number;
}): Promise<SmtpListener> {
  const { config, log } = deps;
  return startSmtpListener({
    host: config.smtp.host,
    port: deps.port ?? config.smtp.port,
    maxBytes: config.smtp.maxBytes,
    log,
    acceptRecipient: (address) => acceptsRecipient(deps, address),
    onMessage: async (mail) => {
      const result = await receiveMail(deps, mail);
      if ('ignored' in result) log.info({ from: mail.mailFrom }, 'smtp: bounce dropped');
      else
        log.info(
          { trackingCode: result.trackingCode, created: result.created },
          'smtp: mail taken',
        );
    },
  });
}

/** How the outbox sends: the SMTP relay if one is configured (else mail is kept), the SMS provider. */
export function outboxSenders(
  config: Pick<Config, 'mail'>,
  sms: SmsProvider = keepSmsProvider,
): Senders {
  return {
    mail: config.mail.relayUrl ? smtpRelayTransport(config.mail.relayUrl, config.mail.from) : null,
    sms,
  };
}
