import { invalidInput } from "../../errors/app-error.js";
import {
  findSmtpSettings,
  type StoredSmtpSettings,
} from "../../store/repositories/smtp-settings.repository.js";
import type { UseCaseContext } from "../context.js";

export async function requireSmtpSettings(ctx: UseCaseContext): Promise<StoredSmtpSettings> {
  const settings = await findSmtpSettings(ctx.db, ctx.accountId);
  if (!settings)
    throw invalidInput(
      "smtp",
      "No SMTP server is set up, so nothing can be sent.",
      "followthrough smtp set --host smtp.example.org --port 587 --user you@example.org --password …",
    );
  return settings;
}
