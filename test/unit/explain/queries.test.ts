import { describe, expect, it } from 'vitest';
import { withConfiguredParams } from '../../../src/explain/queries.ts';
import { queryDef } from '../../helpers/queries.ts';

describe('params and plan modes', () => {
  it("the params: map gives values by exact name, else the last matching glob; the query's own values win", () => {
    const map = { 'users/*': [1], 'users/by-*': [2], 'users/by-id': [3] };
    expect(withConfiguredParams(queryDef('users/by-id'), map).params).toEqual([3]);
    expect(withConfiguredParams(queryDef('users/by-org'), map).params).toEqual([2]);
    expect(withConfiguredParams(queryDef('users/list'), map).params).toEqual([1]);
    expect(withConfiguredParams(queryDef('orders/list'), map).params).toBeUndefined();
    expect(withConfiguredParams(queryDef('users/by-id', { params: [9] }), map).params).toEqual([9]);
  });
});
