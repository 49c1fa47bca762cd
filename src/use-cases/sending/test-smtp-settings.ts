import { classifySmtpError } from "../../delivery/smtp/classify-smtp-error.js";
import type { SmtpSender } from "../../delivery/smtp/smtp-sender.js";
import { AppError } from "../../errors/app-error.js";
import type { UseCaseContext } from "../context.js";
import { requireSmtpSettings } from "./require-smtp-settings.js";
import { type SmtpSettingsView, viewOf } from "./set-smtp-settings.js";

/** Connects and logs in to the user's SMTP server without sending anything. */
export async function testSmtpSettings(
  ctx: UseCaseContext,
  sender: SmtpSender,
): Promise<SmtpSettingsView> {
  const settings = await requireSmtpSettings(ctx);
  try {
    await sender.verify(ctx.accountId, settings);
  } catch (cause) {
    const where = `${settings.host}:${settings.port} (${settings.secureMode})`;
    throw new AppError(
      "EXTERNAL_FAILURE",
      `SMTP test of ${where} failed. ${classifySmtpError(cause).reason}`,
      {
        field: "smtp",
        accepted:
          "settings the server accepts: followthrough smtp set --host … --port … --user … --password …",
        cause,
      },
    );
  }
  return viewOf(settings);
}
