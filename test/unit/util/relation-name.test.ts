import { describe, expect, it } from 'vitest';
import { relationLabel, relationNames } from '../../../src/util/relation-name.ts';

describe('relation labels', () => {
  it('bare in public or without a schema, qualified elsewhere', () => {
    expect(relationLabel('public', 'users')).toBe('users');
    expect(relationLabel(undefined, 'users')).toBe('users');
    expect(relationLabel('', 'users')).toBe('users');
    expect(relationLabel('billing', 'invoices')).toBe('billing.invoices');
    expect(relationLabel('Public', 'users')).toBe('Public.users');
  });
});

describe('the bare and qualified names of a label, for seq_scans.allow', () => {
  it('without a schema: a dot splits schema from name; no dot is public', () => {
    expect(relationNames('users')).toEqual({ bare: 'users', qualified: 'public.users' });
    expect(relationNames('billing.invoices')).toEqual({ bare: 'invoices', qualified: 'billing.invoices' });
  });

  it('with the schema known, a name with a dot in it stays whole', () => {
    expect(relationNames('billing.invoices', 'billing')).toEqual({ bare: 'invoices', qualified: 'billing.invoices' });
    expect(relationNames('users', 'public')).toEqual({ bare: 'users', qualified: 'public.users' });
    // A table named "events.2024" in public, and one in schema app.
    expect(relationNames('events.2024', 'public')).toEqual({ bare: 'events.2024', qualified: 'public.events.2024' });
    expect(relationNames('app.events.2024', 'app')).toEqual({ bare: 'events.2024', qualified: 'app.events.2024' });
  });

  it('round-trips relationLabel', () => {
    for (const [schema, name] of [
      ['public', 'orders'],
      ['audit', 'log'],
    ] as const) {
      expect(relationNames(relationLabel(schema, name), schema)).toEqual({ bare: name, qualified: `${schema}.${name}` });
    }
  });
});
