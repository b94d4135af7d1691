/** One outgoing text message. */
export type OutgoingSms = { to: string; text: string };

/**
 * What became of a message: `sent` (the gateway took it) or `kept` (no gateway: it stays in the
 * outbox for the admin to read). A failure throws; the outbox retries it.
 */
export type SmsResult = 'sent' | 'kept';

/** An SMS gateway (短信网关). A real provider (a vendor's HTTP API) implements this one method. */
export interface SmsProvider {
  readonly name: string;
  send(sms: OutgoingSms): Promise<SmsResult>;
}

/** The default: no gateway contracted, so messages are kept in the outbox, never lost. */
export const keepSmsProvider: SmsProvider = {
  name: 'keep',
  send: async () => 'kept',
};
