#!/usr/bin/env node
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXPORT_STATISTICS_USAGE, parseCliArgs, parseExportStatisticsArgs, USAGE, type CliArgs } from './cli-args.ts';
import { timedProgress } from './util/progress.ts';
import { isUserError, errorMessage } from './util/errors.ts';
import { installInterruptHandlers, isInterrupted, waitForInterruptExit } from './util/interrupt.ts';
import { checkOutputFile } from './util/preflight.ts';
import { VERSION } from './version.ts';

async function writeReport(path: string, text: string): Promise<void> {
  await writeFile(resolve(path), text);
}

async function main(argv: string[]): Promise<number> {
  let args: CliArgs | undefined;
  let debug = false;
  try {
    if (argv[0] === 'export-statistics') {
      const command = parseExportStatisticsArgs(argv.slice(1));
      debug = command.debug;
      if (command.help) {
        process.stdout.write(`${EXPORT_STATISTICS_USAGE}\n`);
        return 0;
      }
      const { runExportStatistics } = await import('./statistics/export-command.ts');
      await runExportStatistics({ ...command, generator: `pg-plan-gate ${VERSION}` }, (line) => process.stderr.write(`pg-plan-gate: ${line}\n`));
      return 0;
    }
    args = parseCliArgs(argv);
    debug = args.debug;
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.version) {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    // Before the build: an unwritable report path must not cost a build.
    if (args.json) checkOutputFile('--json', args.json);
    if (args.markdown) checkOutputFile('--markdown', args.markdown);
    // Loaded after the arguments: --help, --version and a usage error need none of the stages.
    const [{ runGate }, { cacheRoot }, { renderJson }, { renderMarkdown }, { renderTerminal }] = await Promise.all([
      import('./gate.ts'),
      import('./engine/index.ts'),
      import('./report/json.ts'),
      import('./report/markdown.ts'),
      import('./report/terminal.ts'),
    ]);
    const timings: Record<string, number> = {};
    const write = (line: string) => process.stderr.write(`${line}\n`);
    // --debug: also the capture command's last lines, printed whether it passed or failed.
    const commandOutput = args.debug
      ? (title: string, lines: readonly string[]) => write([`--- ${title} ---`, ...lines, `--- end of ${title.split(':')[0]} output ---`].join('\n'))
      : undefined;
    const progress = timedProgress(write, timings, { commandOutput });
    const report = await runGate({
      cwd: resolve(args.cwd),
      configPath: args.config,
      ...(args.base !== undefined && { baseRef: args.base }),
      ...(args.head !== undefined && { headRef: args.head }),
      ...(args.cacheDir !== undefined && { cacheDir: resolve(args.cacheDir) }),
      ...(!args.noCache && !process.env.PG_PLAN_GATE_NO_CACHE && { fixturesDir: cacheRoot(process.env, args.cacheDir) }),
      progress,
      timings,
    });
    if (args.json) await writeReport(args.json, renderJson(report));
    if (args.markdown) await writeReport(args.markdown, renderMarkdown(report));
    process.stdout.write(renderTerminal(report, { colour: process.stdout.isTTY === true && !process.env.NO_COLOR }));
    return report.verdict === 'pass' ? 0 : 1;
  } catch (error) {
    // The cleanups broke the stages (dropped connections): the signal is the news, already printed.
    if (isInterrupted()) return waitForInterruptExit();
    if (isUserError(error)) process.stderr.write(`pg-plan-gate: ${error.message}\n`);
    else process.stderr.write(`pg-plan-gate: internal error: ${errorMessage(error)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

installInterruptHandlers();
process.exitCode = await main(process.argv.slice(2));
