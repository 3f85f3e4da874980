import { describe, expect, it } from 'vitest';
import { fitSections, RANK, type Omissions, type Section } from '../../../src/report/fit.ts';

/** A comment in miniature: four rows (one per rank), a plan diff, a plan picture, a captured SQL block; 108 characters. */
function sections(): Section[] {
  return [
    {
      head: 'R\n',
      word: 'row',
      pieces: [
        { full: 'E'.repeat(10), short: 'e'.repeat(4), rank: RANK.errorRow, query: 'qE' },
        { full: 'W'.repeat(10), short: 'w'.repeat(4), rank: RANK.warningRow, query: 'qW' },
        { full: 'Q'.repeat(10), short: 'q'.repeat(4), rank: RANK.queryRow, query: 'qQ' },
        // An endpoint row has nothing to shorten and names no query.
        { full: 'N'.repeat(10), rank: RANK.endpointRow },
      ],
    },
    { head: 'D\n', word: 'plan diff', pieces: [{ full: 'd'.repeat(20), rank: RANK.planDiff }] },
    { head: 'P\n', word: 'plan picture', pieces: [{ full: 'p'.repeat(20), rank: RANK.planPicture }] },
    { head: 'S\n', word: 'captured SQL block', pieces: [{ full: 's'.repeat(20), rank: RANK.capturedSql }] },
  ];
}

/** Fits with an empty note, so each limit below is exactly where the next thing has to go. */
function fit(maxLength: number): { text: string[]; omissions: Omissions } {
  let omissions: Omissions | undefined;
  const { text, note } = fitSections(sections(), 0, (given) => ((omissions = given), ''), maxLength);
  expect(note).toBe('');
  return { text, omissions: omissions! };
}

describe('fitSections', () => {
  it('leaves everything as it is when it fits', () => {
    const { text, omissions } = fit(108);
    expect(text.join('')).toHaveLength(108);
    expect(omissions).toEqual({ dropped: [], queries: [], shortened: 0 });
  });

  it('gives up captured SQL, then plan pictures, then plan diffs, a section head going with its last piece', () => {
    expect(fit(107).text.map((part) => part.length)).toEqual([42, 22, 22, 0]);
    expect(fit(107).omissions.dropped).toEqual([{ word: 'captured SQL block', count: 1 }]);
    expect(fit(85).text.map((part) => part.length)).toEqual([42, 22, 0, 0]);
    const rowsOnly = fit(63);
    expect(rowsOnly.text.map((part) => part.length)).toEqual([42, 0, 0, 0]);
    expect(rowsOnly.omissions.dropped.map((entry) => entry.word)).toEqual(['plan diff', 'plan picture', 'captured SQL block']);
  });

  it('then shortens rows, least important first, before it drops any', () => {
    expect(fit(41).text[0]).toBe(`R\n${'E'.repeat(10)}${'W'.repeat(10)}qqqq${'N'.repeat(10)}`);
    expect(fit(41).omissions.shortened).toBe(1);
    expect(fit(30).text[0]).toBe(`R\n${'E'.repeat(10)}wwwwqqqq${'N'.repeat(10)}`);
    const short = fit(29);
    expect(short.text[0]).toBe(`R\neeeewwwwqqqq${'N'.repeat(10)}`);
    expect(short.omissions).toMatchObject({ shortened: 3, queries: [] });
  });

  it('drops rows last, endpoint rows first and error rows last, and names the dropped queries in table order', () => {
    const noEndpoint = fit(23);
    expect(noEndpoint.text[0]).toBe('R\neeeewwwwqqqq');
    expect(noEndpoint.omissions.queries).toEqual([]);
    expect(fit(13).text[0]).toBe('R\neeeewwww');
    expect(fit(13).omissions.queries).toEqual(['qQ']);
    expect(fit(6).text[0]).toBe('R\neeee');
    const nothing = fit(5);
    expect(nothing.text).toEqual(['', '', '', '']);
    expect(nothing.omissions).toEqual({
      dropped: [
        { word: 'row', count: 4 },
        { word: 'plan diff', count: 1 },
        { word: 'plan picture', count: 1 },
        { word: 'captured SQL block', count: 1 },
      ],
      queries: ['qE', 'qW', 'qQ'],
      // A dropped row is no longer counted as shortened.
      shortened: 0,
    });
  });

  it('keeps the text and its note within the limit, whatever the note says', () => {
    const fixed = 10;
    const note = (omissions: Omissions) =>
      omissions.dropped.length || omissions.shortened ? `\n${omissions.shortened} shortened; omitted: ${omissions.queries.join(', ') || 'no query'}` : '';
    const longest = note({ dropped: [{ word: 'row', count: 4 }], queries: ['qE', 'qW', 'qQ'], shortened: 3 }).length;
    for (let maxLength = fixed + longest; maxLength <= fixed + 120; maxLength++) {
      const fitted = fitSections(sections(), fixed, note, maxLength);
      expect(fixed + fitted.text.join('').length + fitted.note.length, `limit ${maxLength}`).toBeLessThanOrEqual(maxLength);
    }
    // Without a need to cut, the note stays empty and nothing is reserved for it.
    expect(fitSections(sections(), fixed, note, fixed + 108)).toMatchObject({ note: '' });
  });
});
