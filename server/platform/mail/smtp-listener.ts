import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream } from 'smtp-server';

/** An SMTP error with the reply code the client sees (550 unknown mailbox, 552 too big …). */
export class SmtpReject extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

export type IncomingMail = {
  /** the message as received (headers and body) */
  raw: Buffer;
  /** envelope sender; '' for a bounce (null sender `<>`) */
  mailFrom: string;
  /** envelope recipients, in the order accepted */
  rcptTo: string[];
  remoteAddress: string | null;
};

export type SmtpListenerOptions = {
  host: string;
  port: number;
  /** largest message accepted (advertised as SIZE; over it: 552) */
  maxBytes: number;
  /** Whether a recipient is one of ours; a `false` is refused with 550 and the message given. */
  acceptRecipient: (address: string) => Promise<boolean>;
  /** Takes a whole message; throwing an SmtpReject answers its code, anything else 451 (retry). */
  onMessage: (mail: IncomingMail) => Promise<void>;
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
  /** recipients of one message; the next RCPT TO gets 452 (the client sends the rest later) */
  maxRecipients?: number;
  /**
   * Unknown recipients one connection may try: the last of them is answered 421 and the
   * connection closed (as Postfix's smtpd_hard_error_limit), so mailboxes cannot be listed by
   * trying addresses.
   */
  maxUnknownRecipients?: number;
};

export const MAX_RECIPIENTS = 50;
export const MAX_UNKNOWN_RECIPIENTS = 3;

export type SmtpListener = { port: number; close(): Promise<void> };

function withCode(err: Error, code: number): Error {
  return Object.assign(err, { responseCode: code });
}

/**
 * The inbound mail server (电子信箱). No AUTH (it is a mailbox, not a relay) and no STARTTLS:
 * smtp-server would offer it with a well-known built-in key, which is no protection. For mail
 * from the internet, put a TLS-terminating MTA (Postfix …) in front that forwards here.
 */
export async function startSmtpListener(opts: SmtpListenerOptions): Promise<SmtpListener> {
  const maxRecipients = opts.maxRecipients ?? MAX_RECIPIENTS;
  const maxUnknown = opts.maxUnknownRecipients ?? MAX_UNKNOWN_RECIPIENTS;
  // per connection: smtp-server keeps one session object for a connection (RSET and EHLO reset
  // its envelope, not the object), so RSET does not clear the count
  const unknownCount = new WeakMap<object, number>();
  const server = new SMTPServer({
    name: 'tiexin',
    banner: 'Tiexin 贴心人 mail intake',
    size: opts.maxBytes,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    // a flood of idle connections cannot take the process's sockets
    maxClients: 100,
    // a connection a client leaves open does not hold a shutdown for long
    closeTimeout: 5_000,
    onRcptTo(address: SMTPServerAddress, session, callback) {
      const key = address.address.toLowerCase();
      const already = session.envelope.rcptTo.some((r) => r.address.toLowerCase() === key);
      if (!already && session.envelope.rcptTo.length >= maxRecipients) {
        callback(
          withCode(new Error(`每封邮件最多 ${maxRecipients} 个收件人 (too many recipients)`), 452),
        );
        return;
      }
      opts.acceptRecipient(address.address).then(
        (ok) => {
          if (ok) {
            callback(null);
            return;
          }
          const unknown = (unknownCount.get(session) ?? 0) + 1;
          unknownCount.set(session, unknown);
          if (unknown >= maxUnknown) {
            opts.log.warn(
              { remoteAddress: session.remoteAddress, unknown },
              'smtp: too many unknown recipients, connection closed',
            );
            // a 421 makes smtp-server close the connection after the reply
            callback(withCode(new Error('无此信箱的收件人过多，连接关闭 (too many errors)'), 421));
            return;
          }
          callback(
            withCode(new Error(`<${address.address}>: 无此信箱 (no such mailbox here)`), 550),
          );
        },
        (err: unknown) => {
          opts.log.warn({ err }, 'smtp: recipient check failed');
          callback(withCode(new Error('暂时无法处理，请稍后重试 (try again later)'), 451));
        },
      );
    },
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', (err) => callback(err));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(
            withCode(
              new Error(`邮件超过 ${Math.round(opts.maxBytes / 1048576)} MB (message too big)`),
              552,
            ),
          );
          return;
        }
        const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        opts
          .onMessage({
            raw: Buffer.concat(chunks),
            mailFrom,
            rcptTo: session.envelope.rcptTo.map((r) => r.address),
            remoteAddress: session.remoteAddress || null,
          })
          .then(
            () => callback(null),
            (err: unknown) => {
              if (err instanceof SmtpReject) {
                callback(withCode(new Error(err.message), err.responseCode));
                return;
              }
              opts.log.warn({ err }, 'smtp: message not taken');
              callback(withCode(new Error('暂时无法处理，请稍后重试 (try again later)'), 451));
            },
          );
      });
    },
  });
  server.on('error', (err) => opts.log.warn({ err }, 'smtp: server error'));

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  opts.log.info({ port, host: opts.host }, 'smtp: listening');
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
