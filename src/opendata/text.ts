/** Serialisations the open data formats share: CSV (RFC 4180) and XML text, byte-stable. */

/** One CSV field, quoted only when it must be (comma, quote, line break, or edge spaces). */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? formatNumber(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document: header and rows, CRLF line ends (RFC 4180), UTF-8 without BOM. */
export function csvDocument(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | undefined>>,
): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Numbers as data: dot decimal, no thousands separator, no exponent for the amounts charters hold. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toFixed(0);
  return String(value);
}

export function xmlText(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export function xmlAttr(value: string): string {
  return xmlText(value).replaceAll('"', '&quot;');
}
