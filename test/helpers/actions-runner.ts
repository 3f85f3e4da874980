import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real `pull_request opened` webhook payload (from @octokit/webhooks-examples) for these commits. */
export function pullRequestPayload(number: number, baseSha: string, headSha: string): unknown {
  const require = createRequire(import.meta.url);
  const examples = require('@octokit/webhooks-examples') as { name: string; examples: any[] }[];
  const opened = structuredClone(examples.find((entry) => entry.name === 'pull_request')!.examples.find((example) => example.action === 'opened'));
  opened.number = number;
  opened.pull_request.number = number;
  opened.pull_request.base.sha = baseSha;
  opened.pull_request.head.sha = headSha;
  return opened;
}

/** The step outputs a run wrote to $GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

export interface RunnerStep {
  env: NodeJS.ProcessEnv;
  /** What the step wrote: outputs and job summary. */
  results(): { outputs: Record<string, string>; summary: string };
}

/** The environment the Actions runner gives one step of the action, with action.yml's input defaults. */
export function runnerStep(options: {
  workspace: string;
  api: string;
  payload: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}): RunnerStep {
  const temp = mkdtempSync(join(tmpdir(), 'pgpg-runner-'));
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  const outputPath = join(temp, 'output');
  const summaryPath = join(temp, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs: Record<string, string> = {
    config: 'pg-plan-gate.yml',
    'github-token': 'ghs_test',
    comment: 'on-change',
    'fail-on': 'error',
    'working-directory': '.',
    ...options.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_API_URL: options.api,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: temp,
    ...options.env,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  return { env, results: () => ({ outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') }) };
}
