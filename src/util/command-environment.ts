import { isRunnerCredential, looksSecret } from './secret-names.ts';

/**
 * The command's environment: `parent` without runner credentials and secret-looking names
 * (except those `passed` names explicitly), then the gate's own connection variables.
 */
export function commandEnvironment(parent: NodeJS.ProcessEnv, passed: readonly string[], connection: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const allowed = new Set(passed);
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parent)) {
    if (isRunnerCredential(name)) continue;
    if (looksSecret(name) && !allowed.has(name)) continue;
    env[name] = value;
  }
  return { ...env, ...connection };
}
