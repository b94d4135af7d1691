import nodemailer from 'nodemailer';

/** One outgoing e-mail, plain text (every message Tiexin sends is a short notice). */
export type OutgoingMail = { to: string; subject: string; text: string };

/** Delivers outgoing mail; `null` when no relay is configured (messages are kept in the outbox). */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * Sends through the relay at `SMTP_RELAY_URL` (smtp://host:port, smtps://user:pass@host:port).
 * Short timeouts: a relay that does not answer is an attempt that failed, retried on the next run.
 */
export function smtpRelayTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transporter.close(),
  };
}
