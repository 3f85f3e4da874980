/**
 * Fitting the comment into a character budget. What goes, in this order: captured SQL, plan
 * pictures, plan diffs, then every row's long cells are shortened (least important row first), then rows
 * (least important first). So an error row is dropped only when no picture, diff, long cell or
 * less important row is left to give up.
 */

/** Lower is more important. Rows are 0-3; the rest is not a table row. */
export const RANK = { errorRow: 0, warningRow: 1, queryRow: 2, endpointRow: 3, planDiff: 4, planPicture: 5, capturedSql: 6 } as const;
const LAST_ROW_RANK = RANK.endpointRow;

export interface Piece {
  full: string;
  /** The same row with long cells cut; absent for pieces that are not rows. */
  short?: string;
  rank: number;
  /** The query a row is about, named in the truncation note when the row goes. */
  query?: string;
}

export interface Section {
  /** Printed once before the section's pieces, when any of them is kept. */
  head: string;
  pieces: Piece[];
  /** What one dropped piece is called in the note: `query row`, `plan diff`. */
  word: string;
}

export interface Omissions {
  /** Per section word: how many pieces were dropped. */
  dropped: { word: string; count: number }[];
  /** Names of the queries whose rows were dropped, in table order. */
  queries: string[];
  shortened: number;
}

type State = 'full' | 'short' | 'dropped';

/**
 * Render the sections within `maxLength`, given the fixed text around them and a note that
 * grows with what was left out. Returns the sections' text and the note.
 */
export function fitSections(
  sections: Section[],
  fixedLength: number,
  note: (omissions: Omissions) => string,
  maxLength: number,
): { text: string[]; note: string } {
  const states: State[][] = sections.map((section) => section.pieces.map(() => 'full'));
  const kept = sections.map((section) => section.pieces.length);
  const lengths = sections.map((section) => section.pieces.reduce((sum, piece) => sum + piece.full.length, 0));
  const omissions = (): Omissions => ({
    dropped: sections.map((section, s) => ({ word: section.word, count: section.pieces.length - kept[s]! })).filter((entry) => entry.count > 0),
    queries: sections.flatMap((section, s) =>
      section.pieces.filter((piece, p) => piece.query !== undefined && states[s]![p] === 'dropped').map((piece) => piece.query!),
    ),
    shortened: states.flat().filter((state) => state === 'short').length,
  });
  const sectionsLength = () => sections.reduce((sum, section, s) => sum + (kept[s]! > 0 ? section.head.length + lengths[s]! : 0), 0);
  // Room for the note as long as it can get, so each step costs no more than its own arithmetic.
  const noteRoom = fixedLength + sectionsLength() <= maxLength ? 0 : note(worstOmissions(sections)).length;

  // Every step gives up one thing, least valuable first; stop as soon as the text fits.
  for (const step of planSteps(sections)) {
    if (fixedLength + sectionsLength() + noteRoom <= maxLength) break;
    const piece = sections[step.section]!.pieces[step.piece]!;
    const current = states[step.section]![step.piece]!;
    if (step.action === 'shorten') {
      if (current !== 'full' || piece.short === undefined) continue;
      lengths[step.section]! -= piece.full.length - piece.short.length;
      states[step.section]![step.piece] = 'short';
    } else {
      lengths[step.section]! -= (current === 'short' ? piece.short! : piece.full).length;
      states[step.section]![step.piece] = 'dropped';
      kept[step.section]!--;
    }
  }
  const text = sections.map((section, s) => {
    const pieces = section.pieces.flatMap((piece, p) => (states[s]![p] === 'dropped' ? [] : [states[s]![p] === 'short' ? piece.short! : piece.full]));
    return pieces.length ? section.head + pieces.join('') : '';
  });
  return { text, note: note(omissions()) };
}

/** Everything left out: the longest note there can be. */
function worstOmissions(sections: Section[]): Omissions {
  const queries = sections.flatMap((section) => section.pieces.flatMap((piece) => (piece.query === undefined ? [] : [piece.query])));
  const longestFirst = [...queries].sort((a, b) => b.length - a.length);
  return {
    dropped: sections.map((section) => ({ word: section.word, count: section.pieces.length })).filter((entry) => entry.count > 0),
    queries: longestFirst,
    shortened: sections.reduce((sum, section) => sum + section.pieces.filter((piece) => piece.short !== undefined).length, 0),
  };
}

interface Step {
  action: 'shorten' | 'drop';
  section: number;
  piece: number;
}

function planSteps(sections: Section[]): Step[] {
  const byRank = (rank: number, action: Step['action']) =>
    sections.flatMap((section, s) =>
      section.pieces
        .map((piece, p) => ({ piece, p }))
        .filter(({ piece }) => piece.rank === rank)
        .reverse()
        .map(({ p }) => ({ action, section: s, piece: p })),
    );
  const ranksDescending = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => from - i);
  const maxRank = Math.max(LAST_ROW_RANK, ...sections.flatMap((section) => section.pieces.map((piece) => piece.rank)));
  return [
    ...ranksDescending(maxRank, LAST_ROW_RANK + 1).flatMap((rank) => byRank(rank, 'drop')),
    ...ranksDescending(LAST_ROW_RANK, 0).flatMap((rank) => byRank(rank, 'shorten')),
    ...ranksDescending(LAST_ROW_RANK, 0).flatMap((rank) => byRank(rank, 'drop')),
  ];
}
