import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { runGate, type GateOptions } from './gate.ts';
import { cacheScope } from './github/cache-scope.ts';
import { actionsFixtureStore } from './github/fixture-store.ts';
import { annotationsFor, warningAnnotation } from './github/annotations.ts';
import { upsertComment, type CommentOutcome } from './github/comment.ts';
import { refsFromEvent } from './github/event.ts';
import { ensureCommits, mergeBase } from './github/fetch.ts';
import { readInputs } from './github/inputs.ts';
import { jobSummary } from './github/job-summary.ts';
import { commandOutputGroup } from './github/log-group.ts';
import { timedProgress } from './util/progress.ts';
import { renderJson } from './report/json.ts';
import { repositoryRoot } from './sides/git.ts';
import { errorMessage, isUserError, UserError } from './util/errors.ts';
import { isInterrupted, waitForInterruptExit } from './util/interrupt.ts';

/**
 * The fixture cache of a job: a directory at the same path on every runner (Actions cache
 * entries are tied to their paths), kept between jobs on self-hosted runners, and the Actions
 * cache service behind it.
 */
async function fixtureOptions(progress: {
  info(message: string): void;
  warn(message: string): void;
}): Promise<Pick<GateOptions, 'fixturesDir' | 'fixturesRemote' | 'cacheScope'>> {
  const fixturesDir = join(process.env.RUNNER_TOOL_CACHE || process.env.RUNNER_TEMP || tmpdir(), 'pg-plan-gate-cache');
  const remote = await actionsFixtureStore(progress);
  const scope = cacheScope(
    github.context.eventName,
    github.context.ref,
    (github.context.payload.repository as { default_branch?: string } | undefined)?.default_branch,
  );
  return { fixturesDir, ...(remote && { fixturesRemote: remote }), ...(scope && { cacheScope: scope }) };
}

/** Runs the action once: reads the inputs and the event, runs the gate, writes outputs, annotations, comment and summary. */
async function gate(): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const cwd = resolve(workspace, inputs.workingDirectory);
  if (!existsSync(cwd)) throw new UserError(`working-directory ${inputs.workingDirectory} does not exist in ${workspace}`);
  const refs = refsFromEvent(github.context.eventName, github.context.payload, inputs);
  core.info(`pg-plan-gate: ${inputs.config}, ${refs.source}: base ${refs.base} → head ${refs.head}`);

  const root = await repositoryRoot(cwd);
  // Paths the user sees (annotations, the comment marker) are relative to the repository root.
  const directory = relative(realpathSync(root), realpathSync(cwd)).split('\\').join('/');
  const configKey = directory ? `${directory}/${inputs.config}` : inputs.config;

  const [fetchedBase, head] = await core.group('fetch commits', () => ensureCommits(root, [refs.base, refs.head], (message) => core.info(message)));
  let base = fetchedBase;
  if (refs.pullNumber !== null && !inputs.baseRef) {
    const forkPoint = await mergeBase(root, base!, head!);
    if (forkPoint && forkPoint !== base) {
      core.info(`comparing with the merge-base ${forkPoint.slice(0, 12)} of the pull request (the base branch has moved on since)`);
      base = forkPoint;
    } else if (!forkPoint) {
      core.info('no merge-base in this shallow checkout: comparing with the base branch tip; use fetch-depth: 0 to compare with the merge-base');
    }
  }

  const timings: Record<string, number> = {};
  const warning = (message: string) => {
    const { message: text, title, file, startLine } = warningAnnotation(message, directory);
    core.warning(text, { title, ...(file && { file, ...(startLine && { startLine }) }) });
  };
  const progress = timedProgress((line) => core.info(line), timings, {
    group: (name, stage) => core.group(name, stage),
    warning,
    commandOutput: (title, lines) => commandOutputGroup(core, title, lines),
  });
  const fixtures = inputs.cache ? await fixtureOptions(progress) : {};
  const report = await runGate({
    cwd,
    configPath: inputs.config,
    baseRef: base!,
    headRef: head!,
    failOn: inputs.failOn,
    ...(inputs.databaseUrl && { databaseUrl: inputs.databaseUrl }),
    ...fixtures,
    progress,
    timings,
  });

  const reportPath = join(process.env.RUNNER_TEMP || tmpdir(), `pg-plan-gate-${configKey.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`);
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, renderJson(report));
  const errors = report.findings.filter((finding) => finding.severity === 'error').length;
  core.setOutput('verdict', report.verdict);
  core.setOutput('regressions', String(errors));
  core.setOutput('report-json', reportPath);

  for (const annotation of annotationsFor(report.findings, directory)) {
    const properties = { title: annotation.title, ...(annotation.file && { file: annotation.file, startLine: annotation.startLine }) };
    if (annotation.level === 'error') core.error(annotation.message, properties);
    else core.warning(annotation.message, properties);
  }

  // Query names link to their file and line at head's commit (paths in the report are relative to the working directory).
  const { owner, repo } = github.context.repo;
  const sourceUrl = report.head.sha ? `${github.context.serverUrl}/${owner}/${repo}/blob/${report.head.sha}/${directory ? `${directory}/` : ''}` : undefined;

  let comment: CommentOutcome = { action: 'skipped', reason: 'not a pull request event' };
  if (refs.pullNumber !== null) {
    const octokit = github.getOctokit(inputs.githubToken);
    comment = await progress.stage('comment', async () => {
      const outcome = await upsertComment(octokit, { owner, repo, issueNumber: refs.pullNumber! }, report, inputs.comment, configKey, sourceUrl);
      core.info('url' in outcome ? `${outcome.action} ${outcome.url}` : `no comment: ${outcome.reason}`);
      return outcome;
    });
    if (comment.action === 'failed') core.warning(comment.reason);
  }
  core.setOutput('comment-url', 'url' in comment ? comment.url : '');

  await core.summary.addRaw(jobSummary(report, reportPath, comment.action === 'failed' ? comment.reason : null, sourceUrl)).write();

  if (report.verdict === 'fail') core.setFailed(`pg-plan-gate: ${errors} error finding${errors === 1 ? '' : 's'}; see the job summary`);
  else core.info(`pg-plan-gate: pass (${report.queries.length} queries)`);
}

/**
 * The action's entry point (dist/index.js calls it). Never throws: a failure becomes a failed
 * step with a one-line message, exit code 2 and a job summary that says the gate could not run.
 */
export async function run(): Promise<void> {
  try {
    await gate();
  } catch (error) {
    // A cancelled job: the signal is the news (already printed), not what the cleanups broke.
    if (isInterrupted()) await waitForInterruptExit();
    const message = isUserError(error) ? error.message : `internal error: ${errorMessage(error)}`;
    core.setFailed(`pg-plan-gate: ${message}`);
    if (!isUserError(error) && error instanceof Error && error.stack) core.debug(error.stack);
    await core.summary
      .addRaw(`## ⚠️ pg-plan-gate could not run\n\n${message}\n`)
      .write()
      .catch(() => {
        // No job summary file (a local run): the failure is already set above.
      });
    process.exitCode = 2;
  }
}
