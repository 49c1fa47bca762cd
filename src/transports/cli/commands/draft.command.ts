import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "commander";
import type { Finding } from "../../../core/checks/check.types.js";
import { channelNoun } from "../../../core/domain/channel-words.js";
import { AppError, invalidInput } from "../../../errors/app-error.js";
import type { SwitchDraftChannelInput } from "../../../use-cases/drafts/switch-draft-channel.js";
import { runCommand } from "../run-command.js";
import { readTextFile } from "./contact.command.js";

// Drafting pulls in pdfkit, the dictionary and the checkers; load them only when a command needs them,
// so every other command starts fast.
const drafts = () => import("./draft-use-cases.js");

export function registerDraftCommands(program: Command): void {
  program
    .command("draft")
    .description("the message for a planned follow-up, written from your notes and checked")
    .argument("<action-id>")
    .option("--format <format>", "text, eml, mailto or pdf", "text")
    .option("-o, --output <file>", "write to a file")
    .option(
      "--body-file <file>",
      "render your edited message instead of the draft's (a file, or - for standard input)",
    )
    .option("--subject <text>", "render this subject instead of the draft's")
    .option(
      "--save",
      "keep --body-file/--subject as this draft's text: shown here and in the web app, and what is sent",
    )
    .option("--discard", "drop the saved text: back to the suggested one")
    .option(
      "--news <item>",
      "a check-in mentions this news item of the company (wi_…, from watch list) (R20)",
    )
    .option("--no-news", "a check-in mentions no news item")
    .option(
      "--channel <channel>",
      "write it for another channel (email, letter, card, phone…, as the follow-up allows); kept for this follow-up",
    )
    .option("--replace-edits", "with --channel: replace your saved text of the current channel")
    .action(
      async (
        id: string,
        opts: {
          format: string;
          output?: string;
          bodyFile?: string;
          subject?: string;
          save?: boolean;
          discard?: boolean;
          news?: string | false;
          channel?: string;
          replaceEdits?: boolean;
        },
        command: Command,
      ) => {
        const body =
          opts.bodyFile === undefined
            ? undefined
            : (opts.bodyFile === "-"
                ? readFileSync(0, "utf8")
                : await readBodyFile(opts.bodyFile)
              ).replace(/(\r?\n)+$/, "");
        const edits =
          body === undefined && opts.subject === undefined
            ? undefined
            : {
                ...(body === undefined ? {} : { body }),
                ...(opts.subject === undefined ? {} : { subject: opts.subject }),
              };
        await runCommand(command, async ({ ctx, json, print }) => {
          const use = await drafts();
          if (opts.save && opts.discard)
            throw invalidInput("save", "--save and --discard cannot go together.", "one of them");
          if (opts.replaceEdits && opts.channel === undefined)
            throw invalidInput("replaceEdits", "--replace-edits goes with --channel.", "--channel");
          // Switched first, so what follows (saving, rendering) is the text for that channel.
          if (opts.channel !== undefined) {
            const switched = await use.switchDraftChannel(ctx, id, {
              channel: opts.channel as SwitchDraftChannelInput["channel"],
              replaceEdits: opts.replaceEdits ?? false,
            });
            if (!json) process.stderr.write(`Written as ${channelNoun(switched.draft.channel)}.\n`);
          }
          if (opts.save) {
            if (edits === undefined)
              throw invalidInput(
                "save",
                "There is nothing to save.",
                "--body-file FILE, --subject TEXT or both",
              );
            print(
              await use.saveDraftEdits(ctx, id, edits),
              (s) =>
                `Saved your text of this draft (revision ${s.revision}). \`draft ${id}\` shows it, the web app opens it, and \`send ${id}\` sends it; \`draft ${id} --discard\` goes back to the suggested text.`,
            );
            return;
          }
          if (opts.news !== undefined) {
            const picked = await use.pickDraftNews(ctx, id, { newsItemId: opts.news || null });
            const item = picked.news.choices.find((c) => c.id === picked.news.pickedId);
            print({ draft: picked.draft, news: picked.news, edited: picked.edited }, () =>
              [
                item
                  ? `This check-in mentions ${item.title}.`
                  : "This check-in mentions no news item.",
                ...(picked.edited
                  ? [
                      `Your saved text stands as you wrote it; \`draft ${id} --discard\` goes back to the suggested one, which has the mention.`,
                    ]
                  : []),
                "",
                picked.draft.body,
              ].join("\n"),
            );
            return;
          }
          if (opts.discard) {
            const back = await use.discardDraftEdits(ctx, id);
            print(
              { draft: back.draft, findings: back.findings, revision: back.revision },
              () =>
                `Dropped your saved text: the draft is the suggested one again.\n\n${back.draft.body}`,
            );
            return;
          }
          // One composition: the rendered file, the text in it and that text's checks (R21, R22).
          const { draft, findings, warnings, ...rendered } = await use.renderActionDraft(
            ctx,
            id,
            opts.format,
            edits,
          );
          // Never a PDF with empty boxes in silence: said on standard error, even with --json.
          for (const w of warnings) process.stderr.write(`Warning: ${w}\n`);
          if (opts.output) await writeFile(opts.output, rendered.content);
          else if (!json && Buffer.isBuffer(rendered.content)) {
            throw invalidInput("output", "A PDF cannot be printed to the terminal.", "-o FILE");
          }
          if (json) {
            print(
              {
                draft,
                findings,
                format: rendered.format,
                file: opts.output ?? null,
                missingGlyphs: rendered.missingGlyphs,
                warnings,
                content: opts.output || Buffer.isBuffer(rendered.content) ? null : rendered.content,
              },
              () => "",
            );
            return;
          }
          const lines = opts.output
            ? [`Wrote ${opts.output} (${rendered.contentType})`]
            : [String(rendered.content)];
          if (draft.missing.length > 0)
            lines.push("", "To make it better:", ...draft.missing.map((m) => `  - ${m}`));
          if (findings.length > 0)
            lines.push(
              "",
              "Checks:",
              ...findings.map((f) => `  ${describeFinding(f, draft.body)}`),
            );
          print(null, () => lines.join("\n"));
        });
      },
    );

  program
    .command("check")
    .description(
      "proofread a message: spelling, grammar, names, missing parts, pushy or generic wording (exit 1 on an error)",
    )
    .argument("[file]", "a file, or - (the default) for standard input")
    .option(
      "--action <id>",
      "check it as the draft of this follow-up (its recipient, notes, colleagues)",
    )
    .option(
      "--channel <channel>",
      "email, card, letter, linkedin, phone (default: the action's, else email)",
    )
    .option("--subject <text>")
    .action(
      async (
        file: string | undefined,
        opts: { action?: string; channel?: string; subject?: string },
        command: Command,
      ) => {
        const text = !file || file === "-" ? readFileSync(0, "utf8") : await readTextFile(file);
        await runCommand(command, async ({ ctx, print }) => {
          const findings = await (await drafts()).checkText(ctx, {
            text,
            actionId: opts.action,
            channel: opts.channel as "email" | undefined,
            subject: opts.subject,
          });
          print(findings, (list) =>
            list.length === 0
              ? "No findings."
              : list.map((f) => describeFinding(f, text)).join("\n"),
          );
          if (findings.some((f) => f.severity === "error")) process.exitCode = 1;
        });
      },
    );

  const template = program.command("template").description("the texts drafts are written from");
  template.command("list").action(async (_o: unknown, command: Command) => {
    await runCommand(command, async ({ ctx, print }) =>
      print(await (await drafts()).listTemplates(ctx), (l) =>
        l.map((t) => `${t.id}${t.edited ? "  (edited)" : ""}`).join("\n"),
      ),
    );
  });
  template
    .command("show")
    .argument("<id>")
    .action(async (id: string, _o: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) =>
        print(await (await drafts()).showTemplate(ctx, id), (t) => t.text),
      );
    });
  template
    .command("edit")
    .description(
      "change a template: from --file, standard input, or $EDITOR in a terminal; unknown fields are refused",
    )
    .argument("<id>")
    .option("--file <file>")
    .action(async (id: string, opts: { file?: string }, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const current = await (await drafts()).showTemplate(ctx, id);
        const text = opts.file
          ? await readTextFile(opts.file)
          : process.stdin.isTTY
            ? editInEditor(current.text)
            : readFileSync(0, "utf8");
        print(await (await drafts()).saveTemplate(ctx, id, text), (t) => `Saved template ${t.id}.`);
      });
    });
  template
    .command("reset")
    .argument("<id>")
    .action(async (id: string, _o: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) =>
        print(
          await (await drafts()).resetTemplate(ctx, id),
          (t) => `Template ${t.id} is the built-in text again.`,
        ),
      );
    });

  program
    .command("answer")
    .description(
      "a prepared answer to an employer's question (R23): skill-detail, why-you, still-interested, salary, questions-for-us",
    )
    .argument("<kind>")
    .option("--interview <id>", "whose notes to use (default: the latest interview)")
    .option("--salary-range <text>")
    .action(
      async (
        kind: string,
        opts: { interview?: string; salaryRange?: string },
        command: Command,
      ) => {
        await runCommand(command, async ({ ctx, print }) =>
          print(
            await (await drafts()).answerQuestion(ctx, {
              kind,
              interviewId: opts.interview,
              salaryRange: opts.salaryRange,
            }),
            (a) =>
              a.missing.length === 0
                ? a.answer
                : [a.answer, "", "To make it better:", ...a.missing.map((m) => `  - ${m}`)].join(
                    "\n",
                  ),
          ),
        );
      },
    );
}

/** The edited message; an unreadable file is named by its flag. */
async function readBodyFile(file: string): Promise<string> {
  try {
    return await readTextFile(file);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw new AppError(error.code, error.message, {
      field: "body-file",
      accepted: error.accepted ?? "the path of a readable file",
      cause: error,
    });
  }
}

function describeFinding(f: Finding, text: string): string {
  const line = text.slice(0, f.start).split("\n").length;
  const span = text.slice(f.start, f.end).replace(/\s+/g, " ");
  const quoted = span.length > 40 ? `${span.slice(0, 37)}…` : span;
  return `${f.severity === "error" ? "error" : "warn "} line ${line} [${f.rule}]${quoted ? ` "${quoted}"` : ""}: ${f.message}${f.suggestion ? ` → ${f.suggestion}` : ""}`;
}

function editInEditor(initial: string): string {
  const editor = process.env.VISUAL || process.env.EDITOR || "vi";
  const dir = mkdtempSync(join(tmpdir(), "followthrough-template-"));
  const file = join(dir, "template.txt");
  try {
    writeFileSync(file, initial);
    const result = spawnSync(editor, [file], { stdio: "inherit" });
    if (result.status !== 0)
      throw invalidInput(
        "editor",
        `${editor} exited with ${result.status}; nothing was saved.`,
        "save and quit the editor normally",
      );
    return readFileSync(file, "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
