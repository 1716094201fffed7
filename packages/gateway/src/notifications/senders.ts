import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';

/** A message leaving the outbox. `id` is stable across retries: receivers can drop a duplicate. */
export interface OutgoingMessage {
  readonly id: string;
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  readonly calendar: string | null;
}

/** Delivers one message, or throws; a pluggable transport. */
export interface MessageSender {
  readonly description: string;
  send(message: OutgoingMessage): Promise<void>;
}

export class SenderConfigError extends Error {
  override readonly name = 'SenderConfigError';
}

const FROM = process.env.SAV_MAIL_FROM ?? 'SAV <no-reply@sav.invalid>';

function mailOptions(message: OutgoingMessage) {
  return {
    from: FROM,
    to: message.recipient,
    subject: message.subject,
    text: message.body,
    messageId: `<${message.id}@sav.invalid>`,
    ...(message.calendar
      ? { attachments: [{ filename: 'visit.ics', content: message.calendar, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }] }
      : {}),
  };
}

/** Writes each message as `<id>.eml` (RFC 5322, the calendar attached): a retry overwrites, never duplicates. */
export class FileSender implements MessageSender {
  readonly #composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  constructor(readonly folder: string) {}
  get description(): string {
    return `files in ${this.folder}`;
  }
  async send(message: OutgoingMessage): Promise<void> {
    const { message: raw } = (await this.#composer.sendMail(mailOptions(message))) as unknown as { message: Buffer };
    await mkdir(this.folder, { recursive: true });
    await writeFile(join(this.folder, `${message.id}.eml`), raw);
  }
}

/** Prints each message on standard output: for a demo in a terminal. */
export class ConsoleSender implements MessageSender {
  readonly description = 'the console';
  constructor(private readonly write: (text: string) => void = (text) => process.stdout.write(text)) {}
  async send(message: OutgoingMessage): Promise<void> {
    this.write(`\n--- message ${message.id} to ${message.recipient}\nSubject: ${message.subject}\n\n${message.body}\n${message.calendar ? '[visit.ics attached]\n' : ''}---\n`);
  }
}

/** Sends through an SMTP server (smtp:// or smtps:// URL with credentials). */
export class SmtpSender implements MessageSender {
  readonly #transport: Transporter;
  constructor(readonly url: string) {
    this.#transport = nodemailer.createTransport(url);
  }
  get description(): string {
    return `SMTP at ${new URL(this.url).host}`;
  }
  async send(message: OutgoingMessage): Promise<void> {
    await this.#transport.sendMail(mailOptions(message));
  }
  close(): void {
    this.#transport.close();
  }
}

/**
 * The sender `SAV_MAIL` names: `smtp://user:pass@host:587`, `smtps://…`, `file:FOLDER`, or
 * `console`. Unset: files in `.sav/outbox` in demo mode; none in production (messages wait).
 */
export function senderFromConfig(setting: string | undefined, options: { cwd: string; production: boolean }): MessageSender | null {
  const value = setting?.trim();
  if (!value) return options.production ? null : new FileSender(resolve(options.cwd, '.sav', 'outbox'));
  if (value === 'console') return new ConsoleSender();
  if (value.startsWith('file:')) return new FileSender(resolve(options.cwd, value.slice('file:'.length) || '.sav/outbox'));
  if (/^smtps?:\/\//.test(value)) {
    try {
      return new SmtpSender(value);
    } catch (error) {
      throw new SenderConfigError(`SAV_MAIL is not a usable SMTP URL: ${(error as Error).message}`);
    }
  }
  throw new SenderConfigError('SAV_MAIL must be smtp://user:password@host:port, smtps://…, file:FOLDER or console.');
}
