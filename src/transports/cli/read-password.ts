import { invalidInput } from "../../errors/app-error.js";

/** Where a command may take a password from, and how to name it to the user. */
export interface PasswordSources {
  /** `--password`: shows in `ps` and the shell's history, so the last resort. */
  flag: string | undefined;
  /** `--password-stdin`: the whole of standard input, as `docker login --password-stdin` reads it. */
  fromStdin: boolean;
  /** The environment variable that may hold it, e.g. FOLLOWTHROUGH_SMTP_PASSWORD. */
  envName: string;
  /** What is asked for at the prompt: "SMTP password for ana@example.org". */
  prompt: string;
}

/** More than any password; a file piped in by mistake stops here instead of filling memory. */
const MAX_STDIN_BYTES = 4096;

/**
 * The password from `--password`, else standard input (`--password-stdin`), else the
 * environment, else a prompt that does not echo when standard input is a terminal. All but the
 * first keep it out of `ps` and the shell's history.
 */
export async function readPassword(
  sources: PasswordSources,
  env: NodeJS.ProcessEnv = process.env,
  stdin: NodeJS.ReadStream = process.stdin,
  stderr: NodeJS.WriteStream = process.stderr,
): Promise<string> {
  if (sources.flag !== undefined && sources.fromStdin) {
    throw invalidInput(
      "password-stdin",
      "The password was given twice: with --password and --password-stdin.",
      "one of them (--password-stdin keeps it out of `ps` and the shell's history)",
    );
  }
  if (sources.flag !== undefined) return sources.flag;
  if (sources.fromStdin) return readStdin(stdin);
  const fromEnv = env[sources.envName];
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  if (stdin.isTTY) return promptHidden(`${sources.prompt}: `, stdin, stderr);
  throw invalidInput(
    "password",
    "No password was given, and there is no terminal to ask for it.",
    `--password-stdin (e.g. \`pass show mail | followthrough … --password-stdin\`) or ${sources.envName}`,
  );
}

async function readStdin(stdin: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : (chunk as Buffer);
    size += bytes.length;
    if (size > MAX_STDIN_BYTES) {
      throw invalidInput(
        "password-stdin",
        `Standard input holds more than ${MAX_STDIN_BYTES} bytes; a password was expected.`,
        "the password alone, on one line",
      );
    }
    chunks.push(bytes);
  }
  // The line break that ends the line (echo, a here-string, a file) is not part of the password.
  const password = Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
  if (password === "") {
    throw invalidInput(
      "password-stdin",
      "Standard input held no password.",
      "the password on standard input, e.g. `pass show mail | followthrough … --password-stdin`",
    );
  }
  return password;
}

/** Reads one line from the terminal in raw mode, echoing nothing. */
function promptHidden(
  prompt: string,
  stdin: NodeJS.ReadStream,
  stderr: NodeJS.WriteStream,
): Promise<string> {
  // Raw before the prompt shows, so nothing typed after it is echoed.
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = "";
    const finish = (cancelled: boolean) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write("\n");
      if (cancelled)
        reject(invalidInput("password", "No password was given: the prompt was cancelled."));
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      // An escape sequence (an arrow key, say) is a key, not text.
      if (chunk.startsWith("\u001b")) return;
      for (const char of chunk) {
        if (char === "\r" || char === "\n") return finish(false);
        // Ctrl-C, or Ctrl-D on an empty line.
        if (char === "\u0003" || (char === "\u0004" && typed === "")) return finish(true);
        if (char === "\u0004") return finish(false);
        if (char === "\u007f" || char === "\b") typed = Array.from(typed).slice(0, -1).join("");
        else if (char >= " ") typed += char;
      }
    };
    stdin.on("data", onData);
  });
}
