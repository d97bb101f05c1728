/**
 * Data from a charter or from git (titles, names, reasons, commit subjects, paths) shown in a
 * terminal or a Markdown table stays data: a control character (an escape sequence could
 * repaint the terminal, a carriage return overwrite the line) is shown as `\xNN` or `\u{NNNN}`,
 * and in Markdown, HTML and table syntax are escaped so that nothing renders as markup.
 */

// C0 controls, DEL, C1 controls, and the bidirectional overrides that reorder what is shown.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(char: string): string {
  const code = char.codePointAt(0)!;
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u{${code.toString(16).toUpperCase()}}`;
}

/** One line of text for a terminal: control characters made visible (line breaks too). */
export function terminalText(text: string): string {
  return text.replace(CONTROL, visible);
}

/** Several lines for a terminal: each line made safe, the line breaks kept. */
export function terminalLines(text: string): string {
  return text
    .split('\n')
    .map((line) => terminalText(line))
    .join('\n');
}

/**
 * Text for a Markdown table cell or list item: line breaks become spaces, control characters
 * visible, `& < >` entities (no raw HTML), and the characters Markdown reads as syntax escaped.
 */
export function markdownText(text: string): string {
  return terminalText(text.replace(/\r\n|\r|\n/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~!])/g, '\\$1');
}
