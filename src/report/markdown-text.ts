/** Escaping for the comment's markdown: what GitHub would otherwise read as markup, links or mentions. */

/**
 * `@name` and `#123` in text from SQL, names or messages must not notify anyone or link an issue:
 * a zero-width space after the sign breaks the reference and reads the same. Inside code GitHub
 * never links them, so code is left as it is (it stays copyable). `user@example.com` is no mention.
 */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/(^|[^\w`])@(?=[\w-])/g, '$1@\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/\bGH-(?=\d)/gi, (match) => `${match.slice(0, 2)}\u200b-`);
}

/** A table cell: one line, no pipe, no HTML, no mention. */
export function cell(text: string): string {
  // A backslash before a pipe would un-escape it and split the cell.
  // HTML-escaped too: an endpoint like `<!--` must not hide the rest of the comment.
  return neutralizeMentions(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '&#92;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

export function code(text: string): string {
  return `<code>${escapeHtml(text.replace(/\s+/g, ' '))}</code>`;
}

/** A query's name in code, linked to its file and line when there is a URL for it. */
export function linkedCode(text: string, url: string | null): string {
  return url ? `<a href="${escapeHtml(url).replace(/"/g, '&quot;')}">${code(text)}</a>` : code(text);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');
}

export function escapeCode(text: string): string {
  return text.replace(/`/g, "'");
}

/**
 * A fenced code block around `text` as it is: the fence is one backtick longer than the
 * longest run of backticks inside (CommonMark), so captured SQL or an error message holding
 * ``` cannot end it early, and the text copied out of the comment is the text itself.
 */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text}\n${fence}`;
}

/** At most `max` characters, an ellipsis where it was cut. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
