import { MigrationError } from './error.ts';

/**
 * `placeholders:` on a schema or seed file: plain text replacement, longest key first (so
 * `{{schema_name}}` wins over `{{schema}}`), everywhere, string literals included, as the tools
 * that render migrations at run time (River's `/* TEMPLATE: schema *\/`, Flyway) do.
 */
export function replacePlaceholders(text: string, placeholders: Readonly<Record<string, string>>): string {
  let replaced = text;
  for (const key of Object.keys(placeholders).sort((a, b) => b.length - a.length)) replaced = replaced.split(key).join(placeholders[key]);
  return replaced;
}

const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}/g;

/**
 * goose's `ENVSUB ON`: `${VAR}`, `${VAR:-default}` and `${VAR-default}` from the environment.
 * An unset variable without a default is an error here, where goose would put an empty string:
 * an empty schema or role name gives a database other than production's, silently.
 */
export function substituteEnvironment(line: string, env: Readonly<Record<string, string | undefined>>, lineNumber: number): string {
  return line.replace(ENV_REFERENCE, (whole, name: string, operator: string | undefined, fallback: string | undefined) => {
    const value = env[name];
    if (value !== undefined && !(operator === ':-' && value === '')) return value;
    if (operator !== undefined) return fallback ?? '';
    throw new MigrationError(
      lineNumber,
      `${whole} (goose ENVSUB) is not set in the environment; set it, or give it a value in placeholders: ("${whole}": ...)`,
    );
  });
}

const FLYWAY_PLACEHOLDER = /\$\{([^}\s]+)\}/g;

/**
 * Flyway placeholders left after `placeholders:`: the built-ins whose value does not depend on
 * a connection get Flyway's defaults; any other one is an error, as Flyway's "No value
 * provided for placeholder" is.
 */
export function flywayPlaceholders(text: string, fileName: string): string {
  const defaults: Record<string, string> = {
    'flyway:filename': fileName,
    'flyway:defaultSchema': 'public',
    'flyway:table': 'flyway_schema_history',
  };
  return text
    .split('\n')
    .map((line, index) =>
      line.replace(FLYWAY_PLACEHOLDER, (whole, name: string) => {
        const value = defaults[name];
        if (value !== undefined) return value;
        throw new MigrationError(index + 1, `no value for Flyway placeholder ${whole}: give it in placeholders: ("${whole}": ...)`);
      }),
    )
    .join('\n');
}
