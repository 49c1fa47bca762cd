import { describe, expect, it } from "vitest";
import { TOP_LEVEL_COMMANDS } from "./command-groups.js";
import { buildProgram } from "./main.js";

describe("command groups", () => {
  it("name every top-level command the full program has, and no other", async () => {
    const program = await buildProgram([]);
    expect(program.commands.map((c) => c.name()).sort()).toEqual([...TOP_LEVEL_COMMANDS].sort());
  });

  it("load, for each command, the group that defines it", async () => {
    for (const name of TOP_LEVEL_COMMANDS) {
      const program = await buildProgram(["--data-dir", "/tmp/x", name, "--json"]);
      expect(program.commands.map((c) => c.name())).toContain(name);
    }
  });
});
