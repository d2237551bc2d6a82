/**
 * The examples of graylint's output in README.md. An example is a ```console block: a line
 * `$ npx graylint …` is a command, the lines after it (up to the next command) what it prints. A
 * line that is only "…" stands for lines left out; "…" inside a line for text left out of it.
 */
export interface ConsoleExample {
  /** The command after `npx graylint`, as written ("check --branches fixtures/branches/receipt.hbs"). */
  command: string;
  /** Its arguments, split as a shell would (single or double quotes group words). */
  args: string[];
  /** The output lines shown, trailing whitespace removed. */
  shown: string[];
  /** Line of the command in README.md (1-based), for messages. */
  line: number;
}

interface Fence {
  lang: string;
  body: string[];
  /** Line of the first body line (1-based). */
  line: number;
}

/** Every fenced code block of a Markdown text, with its language tag. */
export function fences(markdown: string): Fence[] {
  const lines = markdown.split('\n');
  const out: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.findIndex((l, k) => k > i && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`README.md:${i + 1}: code block is never closed`);
    out.push({ lang: open[1]!, body: lines.slice(i + 1, end), line: i + 2 });
    i = end;
  }
  return out;
}

/** The console examples: each graylint command with the output shown under it. */
export function consoleExamples(markdown: string): ConsoleExample[] {
  const out: ConsoleExample[] = [];
  for (const fence of fences(markdown).filter((f) => f.lang === 'console')) {
    fence.body.forEach((text, k) => {
      if (!text.startsWith('$ ')) {
        if (k === 0) throw new Error(`README.md:${fence.line}: a console block starts with a "$ " command`);
        out.at(-1)!.shown.push(text.trimEnd());
        return;
      }
      const command = /^\$ npx graylint (.+)$/.exec(text.trimEnd())?.[1];
      if (!command) throw new Error(`README.md:${fence.line + k}: not a graylint command: ${text}`);
      out.push({ command, args: shellWords(command), shown: [], line: fence.line + k });
    });
  }
  return out;
}

function shellWords(command: string): string[] {
  return [...command.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** The text of a section: from its "### title" heading to the next heading of any level. */
export function section(markdown: string, title: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`### ${title}`);
  if (start < 0) throw new Error(`README.md has no section "### ${title}"`);
  const end = lines.findIndex((l, k) => k > start && /^#{1,6} /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}
