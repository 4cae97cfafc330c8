import nodemailer from "nodemailer";
import type { SendMail } from "./daily-digest.ts";

/**
 * Sends the digest through the SMTP server of `SMTP_URL` (smtp://user:pass@host:587, or
 * smtps:// for TLS from the start), with nodemailer. Plain text only: no tracking, no images.
 */
export function createSmtpSender(smtpUrl: string, from: string): SendMail & { close(): void } {
  const transport = nodemailer.createTransport(smtpUrl);
  const send = async (mail: Parameters<SendMail>[0]) => {
    await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
  };
  return Object.assign(send, { close: () => transport.close() });
}
