import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { runGate } from './gate.ts';
import { annotationsFor } from './github/annotations.ts';
import { upsertComment, type CommentOutcome } from './github/comment.ts';
import { refsFromEvent } from './github/event.ts';
import { ensureCommits } from './github/fetch.ts';
import { readInputs } from './github/inputs.ts';
import { timedProgress } from './progress.ts';
import { renderJson } from './report/json.ts';
import { renderMarkdown } from './report/markdown.ts';
import { repositoryRoot } from './sides/git.ts';
import { errorMessage, isUserError } from './util/errors.ts';

/** GitHub caps a step's summary at 1 MiB. */
const SUMMARY_LIMIT = 1_000_000;

async function run(): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const cwd = resolve(workspace, inputs.workingDirectory);
  const refs = refsFromEvent(github.context.eventName, github.context.payload, inputs);
  core.info(`pg-plan-gate: ${inputs.config}, ${refs.source}: base ${refs.base} → head ${refs.head}`);

  const root = await repositoryRoot(cwd);
  await core.group('fetch commits', () => ensureCommits(root, [refs.base, refs.head], (message) => core.info(message)));

  const timings: Record<string, number> = {};
  const progress = timedProgress((line) => core.info(line), timings, (name, stage) => core.group(name, stage));
  const report = await runGate({
    cwd,
    configPath: inputs.config,
    baseRef: refs.base,
    headRef: refs.head,
    failOn: inputs.failOn,
    ...(inputs.databaseUrl && { databaseUrl: inputs.databaseUrl }),
    progress,
    timings,
  });

  const reportPath = join(process.env.RUNNER_TEMP || tmpdir(), `pg-plan-gate-${inputs.config.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`);
  mkdirSync(join(reportPath, '..'), { recursive: true });
  writeFileSync(reportPath, renderJson(report));

  let comment: CommentOutcome = { action: 'skipped', reason: 'not a pull request event' };
  if (refs.pullNumber !== null) {
    const octokit = github.getOctokit(inputs.githubToken);
    comment = await core.group('comment', async () => {
      const outcome = await upsertComment(
        octokit,
        { owner: github.context.repo.owner, repo: github.context.repo.repo, issueNumber: refs.pullNumber! },
        report,
        inputs.comment,
      );
      core.info('url' in outcome ? `${outcome.action} ${outcome.url}` : `no comment: ${outcome.reason}`);
      return outcome;
    });
    if (comment.action === 'forbidden') core.warning(comment.reason);
  }

  const summaryNote = comment.action === 'forbidden' ? `\n> ⚠️ ${comment.reason}\n` : '';
  await core.summary
    .addRaw(renderMarkdown(report, { maxLength: SUMMARY_LIMIT - summaryNote.length, fullReportHint: `the full report is in the JSON report (${reportPath})` }))
    .addRaw(summaryNote)
    .write();

  for (const annotation of annotationsFor(report.findings, inputs.workingDirectory)) {
    const properties = { title: annotation.title, ...(annotation.file && { file: annotation.file, startLine: annotation.startLine }) };
    if (annotation.level === 'error') core.error(annotation.message, properties);
    else core.warning(annotation.message, properties);
  }

  const errors = report.findings.filter((finding) => finding.severity === 'error').length;
  core.setOutput('verdict', report.verdict);
  core.setOutput('regressions', String(errors));
  core.setOutput('report-json', reportPath);
  core.setOutput('comment-url', 'url' in comment ? comment.url : '');
  if (report.verdict === 'fail') core.setFailed(`pg-plan-gate: ${errors} error finding${errors === 1 ? '' : 's'}; see the job summary`);
  else core.info(`pg-plan-gate: pass (${report.queries.length} queries)`);
}

try {
  await run();
} catch (error) {
  const message = isUserError(error) ? error.message : `internal error: ${errorMessage(error)}`;
  core.setFailed(`pg-plan-gate: ${message}`);
  if (!isUserError(error) && error instanceof Error && error.stack) core.debug(error.stack);
  await core.summary.addRaw(`## ⚠️ pg-plan-gate could not run\n\n${message}\n`).write().catch(() => {});
  process.exitCode = 2;
}
