import { spawnSync } from 'node:child_process';

/**
 * A Python interpreter for the tests that drive real ORMs (Django, SQLAlchemy, psycopg).
 *
 * Python and the ORMs come from the distribution's packages (`.ci/run` installs them):
 * python3-django, python3-sqlalchemy, python3-psycopg, python3-psycopg-pool, python3-psycopg2,
 * python3-pytest.
 * They are installed for the system interpreter, which need not be the first `python3` on PATH
 * (pyenv), so the candidates are, in order: `$PG_PLAN_GATE_PYTHON`, `/usr/bin/python3`, `python3`.
 *
 * Use: `const python = pythonWith(['django']);` then `describe.skipIf(!python.path)(...)`. Where
 * nothing fits, the reason is printed once. Under CI (`CI=true`) a missing interpreter or module
 * is an error, so that a broken install fails the suite instead of skipping its tests.
 */
export interface PythonProbe {
  /** The interpreter that imports every module asked for, or null. */
  path: string | null;
  /** Why there is none (with what to install), or '' when there is one. */
  reason: string;
}

/** Debian package of each importable module the tests use. */
const PACKAGES: Record<string, string> = {
  django: 'python3-django',
  sqlalchemy: 'python3-sqlalchemy',
  psycopg: 'python3-psycopg',
  psycopg_pool: 'python3-psycopg-pool',
  psycopg2: 'python3-psycopg2',
  pytest: 'python3-pytest',
  alembic: 'python3-alembic',
};

const probes = new Map<string, PythonProbe>();

function candidates(): string[] {
  const configured = process.env.PG_PLAN_GATE_PYTHON;
  return [...(configured ? [configured] : []), '/usr/bin/python3', 'python3'];
}

function imports(interpreter: string, modules: readonly string[]): boolean {
  const result = spawnSync(interpreter, ['-c', `import ${modules.join(', ')}`], { stdio: 'ignore', timeout: 30_000 });
  return result.status === 0;
}

/** The first candidate interpreter that imports all `modules` (cached per module list). */
export function pythonWith(modules: readonly string[]): PythonProbe {
  const key = [...modules].sort().join(',');
  const cached = probes.get(key);
  if (cached) return cached;
  let probe: PythonProbe | undefined;
  for (const interpreter of candidates()) {
    if (imports(interpreter, modules)) {
      probe = { path: interpreter, reason: '' };
      break;
    }
  }
  if (!probe) {
    const packages = modules.map((module) => PACKAGES[module] ?? `python3-${module}`).join(' ');
    const reason = `python3 with ${modules.join(', ')} not found (tried ${candidates().join(', ')}): apt-get install ${packages}, or set PG_PLAN_GATE_PYTHON`;
    if (process.env.CI === 'true') throw new Error(`CI: ${reason}; .ci/run installs them`);
    console.warn(`skipping tests that need ${reason}`);
    probe = { path: null, reason };
  }
  probes.set(key, probe);
  return probe;
}
