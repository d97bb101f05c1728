/**
 * Conflict markers left by git in a charter (`<<<<<<< `, `=======`, `>>>>>>> `, and diff3's
 * `||||||| `): each is an error at its line, whatever else the file holds, so a half-resolved
 * merge or rebase is never signed, committed or exported. `=======` alone is also a Markdown
 * heading underline: it counts only inside a `<<<<<<<` … `>>>>>>>` block.
 */
import { messages } from '../i18n/catalogue.js';
import type { CharterFile } from '../load/charter-file.js';

const OPENING = /^<{7}(?: |$)/;
const CLOSING = /^>{7}(?: |$)/;
const MIDDLE = /^(?:={7}|\|{7}(?: .*)?)$/;

/** Adds a `conflict-marker` error for each marker line of the file's text. */
export function checkConflictMarkers(file: CharterFile): void {
  const text = file.text;
  if (!text.includes('<<<<<<<') && !text.includes('>>>>>>>')) return;
  const t = messages(file.lang).git;
  let open = false;
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    let marker: string | undefined;
    if (OPENING.test(content)) {
      open = true;
      marker = '<<<<<<<';
    } else if (CLOSING.test(content)) {
      open = false;
      marker = '>>>>>>>';
    } else if (open && MIDDLE.test(content)) {
      marker = content.slice(0, 7);
    }
    if (marker !== undefined) {
      file.add({
        severity: 'error',
        rule: 'conflict-marker',
        line,
        column: 1,
        message: t.conflictMarker(marker),
      });
    }
  }
}
