#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { createChecker } from '../check.js';
import { PackError } from '../packs/load.js';
import { formatJson } from '../report/json.js';
import { formatStylish } from '../report/stylish.js';
import { expandInputs } from './expand.js';
import { EXIT, exitCodeFor } from './exit-codes.js';

interface CheckFlags {
  format: 'stylish' | 'json';
  subject?: string;
  explain?: boolean;
  color?: boolean;
  kind?: 'eml' | 'template';
}

async function runCheck(paths: string[], flags: CheckFlags): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write('graylint: no input given (try: graylint check welcome.html)\n');
    return EXIT.usage;
  }
  const { files, unmatched } = await expandInputs(paths);
  for (const u of unmatched) process.stderr.write(`graylint: ${u}: no email or template files matched\n`);
  if (files.length === 0) return EXIT.usage;

  const checker = createChecker();
  const report = await checker.checkFiles(files, { subject: flags.subject, explain: flags.explain, kind: flags.kind });
  for (const r of report.results) if (r.error) process.stderr.write(`graylint: ${r.file}: ${r.error.message}\n`);

  if (flags.format === 'json') process.stdout.write(formatJson(report));
  else {
    const color = flags.color !== false && !!process.stdout.isTTY && !process.env['NO_COLOR'];
    process.stdout.write(formatStylish(report, { color }));
  }
  if (unmatched.length) return EXIT.usage;
  return exitCodeFor(report);
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('graylint')
    .description('Tells an email\'s author what the law will think the message is: transactional, marketing or hybrid.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  let code: number = EXIT.ok;
  program
    .command('check')
    .description('check emails (.eml) and templates (HTML, MJML, text, Liquid, Handlebars, ERB, PHP, FreeMarker…)')
    .argument('[paths...]', 'files, directories or globs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('-s, --subject <subject>', 'subject line for templates that do not carry one')
    .addOption(new Option('--kind <kind>', 'treat inputs as raw messages or as templates').choices(['eml', 'template']))
    .option('--explain', 'show every signal value the verdicts were computed from')
    .option('--no-color', 'plain output even on a terminal')
    .action(async (paths: string[], flags: CheckFlags) => {
      code = await runCheck(paths, flags);
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (err instanceof PackError) {
      process.stderr.write(`graylint: rule pack error: ${err.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`graylint: internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
    return EXIT.usage;
  }
  return code;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT.usage;
  },
);
