import nodemailer from "nodemailer";
import { AppError } from "../../errors/app-error.js";

export interface AuthMail {
  to: string;
  subject: string;
  text: string;
}

export type AuthMailer = (mail: AuthMail) => Promise<void>;

/**
 * The server's own mail (hosted mode): verification and password-reset links go out through the
 * SMTP server FOLLOWTHROUGH_SMTP_URL names (smtp://user:pass@host:587, smtps://… for TLS), never
 * through a person's own SMTP settings.
 */
export function createAuthMailer(url: string, from: string): AuthMailer {
  const transport = nodemailer.createTransport(url);
  return async (mail) => {
    try {
      await transport.sendMail({ from, ...mail });
    } catch (cause) {
      throw new AppError(
        "EXTERNAL_FAILURE",
        `The server's mail could not be sent to ${mail.to}: ${(cause as Error).message}`,
        { field: "FOLLOWTHROUGH_SMTP_URL", cause },
      );
    }
  };
}
