import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../../config/app-config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * The SMTP transport (nodemailer), created once from SMTP_URL and closed at shutdown; without
 * SMTP_URL nothing is sent and `configured` is false.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter | null;

  constructor(config: AppConfig) {
    this.transport = config.SMTP_URL
      ? createTransport(
          // A mail server that does not answer must not hold a job for minutes (nodemailer's defaults).
          { url: config.SMTP_URL, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 },
          { from: config.MAIL_FROM },
        )
      : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  /** Resolves once the server accepted the message; rejects with the server's or the network's error. */
  async send(message: MailMessage): Promise<void> {
    if (!this.transport) throw new Error('SMTP_URL is not set');
    await this.transport.sendMail(message);
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
