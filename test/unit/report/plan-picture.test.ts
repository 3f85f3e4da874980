import { describe, expect, it } from 'vitest';
import { planPicture } from '../../../src/report/plan-picture.ts';
import { BASE_RECENT, HEAD_RECENT, ORDERS_SEQ_SCANS, shapePlan } from '../../helpers/plan-summary.ts';
import { comparedReport, queryResult } from '../../helpers/report.ts';

describe('plan picture', () => {
  const recent = comparedReport([queryResult('recent', shapePlan(8.3, BASE_RECENT))], [queryResult('recent', shapePlan(1250, HEAD_RECENT, ORDERS_SEQ_SCANS))]);

  it("draws head's plan with rows and cost, marks changed nodes and makes a new Seq Scan stand out", () => {
    expect(planPicture(recent.queries[0]!)).toBe(
      [
        'flowchart TD',
        '  n0["Limit<br/>rows 10 · cost 1,250.00"]',
        '  n1["✱ Sort<br/>rows 10 · cost 1,250.00"]:::changed',
        '  n0 --> n1',
        '  n2["⚠ new: Seq Scan on orders<br/>rows 10 · cost 1,250.00"]:::newSeqScan',
        '  n1 --> n2',
        '  classDef changed fill:#fff4c2,stroke:#b08800,color:#000',
        '  classDef newSeqScan fill:#ffd7d5,stroke:#cf222e,stroke-width:3px,color:#000',
        '  classDef folded fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4 3,color:#57606a',
      ].join('\n'),
    );
  });

  it('folds unchanged subtrees of a plan of 50+ nodes, keeping every changed node and its ancestors', () => {
    // An Append of 30 two-node branches; head changes the scan in branch 17 only.
    const branches = (changed: boolean) =>
      Array.from({ length: 30 }, (_, i) => [
        `    Subquery Scan on part_${i}`,
        `      ${changed && i === 17 ? 'Seq Scan on' : 'Index Scan using part_idx on'} part_${i}`,
      ]).flat();
    const shape = (changed: boolean) => ['Aggregate', '  Append', ...branches(changed)].join('\n');
    const big = comparedReport([queryResult('big', shapePlan(100, shape(false)))], [queryResult('big', shapePlan(100, shape(true)))]);
    const picture = planPicture(big.queries[0]!);
    expect(picture).toContain('⚠ new: Seq Scan on part_17');
    expect(picture).toContain('Subquery Scan on part_17');
    // The 29 unchanged branches: their heads drawn, each scan under them folded into one box.
    expect(picture.match(/⋯ 1 unchanged nodes/g)).toHaveLength(29);
    expect(picture).not.toContain('Index Scan using part_idx on part_3<');
    const small = planPicture(comparedReport([queryResult('s', shapePlan(1, BASE_RECENT))], [queryResult('s', shapePlan(900, HEAD_RECENT))]).queries[0]!);
    expect(small).not.toContain('unchanged nodes');
  });

  it('does not mark a subtree that a new node pushed one level down', () => {
    const pushed = comparedReport(
      [queryResult('list', shapePlan(500, ['Limit', '  Nested Loop', '    Seq Scan on tasks', '    Index Scan using users_pkey on users'].join('\n')))],
      [
        queryResult(
          'list',
          shapePlan(505, ['Limit', '  WindowAgg', '    Nested Loop', '      Seq Scan on tasks', '      Index Scan using users_pkey on users'].join('\n')),
        ),
      ],
    );
    const marked = planPicture(pushed.queries[0]!)
      .split('\n')
      .filter((line) => line.includes(':::'));
    expect(marked).toEqual(['  n1["✱ WindowAgg<br/>rows 10 · cost 505.00"]:::changed']);
  });

  it('keeps labels inside the diagram: quotes, entities and backticks are escaped', () => {
    const odd = comparedReport(
      [queryResult('odd', shapePlan(1, 'Seq Scan on "weird""t"'))],
      [queryResult('odd', shapePlan(900, 'Index Scan using ix on "we#ird`t<b>"'))],
    );
    const picture = planPicture(odd.queries[0]!);
    expect(picture).toContain('n0["✱ Index Scan using ix on #quot;we#35;ird#96;t#lt;b#gt;#quot;<br/>rows 10 · cost 900.00"]:::changed');
  });
});
