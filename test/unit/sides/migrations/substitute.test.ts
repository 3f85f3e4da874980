import { describe, expect, it } from 'vitest';
import { MigrationError } from '../../../../src/sides/migrations/error.ts';
import { flywayPlaceholders, replacePlaceholders, substituteEnvironment } from '../../../../src/sides/migrations/substitute.ts';

/** The error a function throws, as `line: message`. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof MigrationError) return `${error.line}: ${error.message}`;
    throw error;
  }
  throw new Error('did not throw');
}

describe('placeholders: plain text replacement', () => {
  it("replaces every occurrence, string literals and comments included (River's TEMPLATE markers)", () => {
    const text = "CREATE TABLE /* TEMPLATE: schema */river_job (kind text DEFAULT '/* TEMPLATE: schema */');\n-- /* TEMPLATE: schema */";
    expect(replacePlaceholders(text, { '/* TEMPLATE: schema */': 'river.' })).toBe("CREATE TABLE river.river_job (kind text DEFAULT 'river.');\n-- river.");
  });

  it('the longest key first, so a key that contains another wins where both match', () => {
    const text = 'CREATE SCHEMA app_schema_name; GRANT USAGE ON SCHEMA app_schema TO reader;';
    // Given shortest first: app_schema would eat the front of app_schema_name.
    expect(replacePlaceholders(text, { app_schema: 'tenant', app_schema_name: 'tenant_main' })).toBe(
      'CREATE SCHEMA tenant_main; GRANT USAGE ON SCHEMA tenant TO reader;',
    );
  });

  it('no placeholders leave the text as it is; a key that does not occur changes nothing', () => {
    expect(replacePlaceholders('SELECT ${x};', {})).toBe('SELECT ${x};');
    expect(replacePlaceholders('SELECT ${x};', { '${y}': '1' })).toBe('SELECT ${x};');
  });
});

describe('goose ENVSUB: ${VAR} from the environment', () => {
  it('${VAR} takes a set value, an empty one included', () => {
    expect(substituteEnvironment('CREATE ROLE ${APP_ROLE} LOGIN;', { APP_ROLE: 'web' }, 3)).toBe('CREATE ROLE web LOGIN;');
    expect(substituteEnvironment("SELECT '${EMPTY}';", { EMPTY: '' }, 3)).toBe("SELECT '';");
  });

  it('${VAR:-default} uses the default when unset or empty; ${VAR-default} only when unset', () => {
    expect(substituteEnvironment('${A:-public}.t ${B:-public}.t ${C:-public}.t', { A: 'app', B: '' }, 1)).toBe('app.t public.t public.t');
    expect(substituteEnvironment('${A-public}.t ${B-public}.t ${C-public}.t', { A: 'app', B: '' }, 1)).toBe('app.t .t public.t');
    expect(substituteEnvironment('x = ${N:-}', {}, 1)).toBe('x = ');
  });

  it('an unset variable without a default is an error on the given line, naming the reference and how to give it', () => {
    expect(failure(() => substituteEnvironment('CREATE SCHEMA ${TENANT_SCHEMA};', {}, 12))).toBe(
      '12: ${TENANT_SCHEMA} (goose ENVSUB) is not set in the environment; set it, or give it a value in placeholders: ("${TENANT_SCHEMA}": ...)',
    );
  });

  it('$VAR without braces, ${1} and a dollar-quoted body are not references', () => {
    const line = 'CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $body$ SELECT $1 || $VAR || ${1} $body$;';
    expect(substituteEnvironment(line, {}, 1)).toBe(line);
  });
});

describe('Flyway placeholders left after placeholders:', () => {
  it("the connection-free built-ins get Flyway's defaults", () => {
    const text = ['-- ${flyway:filename}', 'CREATE TABLE ${flyway:defaultSchema}.audit (id int);', 'COMMENT ON TABLE audit IS $$after ${flyway:table}$$;'].join(
      '\n',
    );
    expect(flywayPlaceholders(text, 'V3__audit.sql')).toBe(
      ['-- V3__audit.sql', 'CREATE TABLE public.audit (id int);', 'COMMENT ON TABLE audit IS $$after flyway_schema_history$$;'].join('\n'),
    );
  });

  it('any other placeholder is an error on its line, as Flyway refuses it', () => {
    const text = 'CREATE TABLE t (id int);\n\nGRANT SELECT ON t TO ${reader};\n';
    expect(failure(() => flywayPlaceholders(text, 'V1__t.sql'))).toBe(
      '3: no value for Flyway placeholder ${reader}: give it in placeholders: ("${reader}": ...)',
    );
    // flyway:user depends on the connection: no default.
    expect(failure(() => flywayPlaceholders('ALTER TABLE t OWNER TO ${flyway:user};', 'V1__t.sql'))).toBe(
      '1: no value for Flyway placeholder ${flyway:user}: give it in placeholders: ("${flyway:user}": ...)',
    );
  });

  it('text without placeholders is unchanged, line breaks included', () => {
    const text = 'CREATE TABLE t (price numeric DEFAULT 0);\r\n\nSELECT $1;\n';
    expect(flywayPlaceholders(text, 'V1__t.sql')).toBe(text);
  });
});
