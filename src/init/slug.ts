/** Identifiers suggested from names and titles: lower case, ASCII, hyphens (the model's slug). */

export const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG_RE.test(value) && value.length <= 100;
}

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l' };

/** « Charte Villeneuve–Kassandé » → `charte-villeneuve-kassande`, cut at a hyphen to `max` characters. */
export function slugify(text: string, max = 60): string {
  const ascii = text
    .toLowerCase()
    .replace(/[œæßøđł]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  let slug = trimHyphens(ascii.replace(/[^a-z0-9]+/g, '-'));
  if (slug.length > max) {
    const cut = slug.slice(0, max + 1);
    const lastHyphen = cut.lastIndexOf('-');
    slug = trimHyphens(lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max));
  }
  return slug;
}

// « Commune rurale de Kassandé » → `kassande`: an entity's code is the place, not its legal form.
const LEGAL_FORM =
  /^(?:commune(?: rurale| urbaine)?|ville|mairie|municipalit[eé]|communaut[eé] (?:de communes|d'agglom[eé]ration)|d[eé]partement|r[eé]gion|province|district(?: assembly)?|town|city|municipality|county|council|comit[eé] de jumelage|association)(?=\s|$)/i;
const CONNECTOR = /^(?:de la |de l['’]|de |du |des |d['’]|of the |of |the )/i;

/** The place in an entity's name: « Commune d’Avallon » → « Avallon ». */
export function placeOf(name: string): string {
  let rest = name.trim();
  const form = LEGAL_FORM.exec(rest);
  if (form) rest = rest.slice(form[0].length).trim().replace(CONNECTOR, '');
  return rest.replace(/^(?:la |le |les |l['’])/i, '').trim();
}

/** A short code for an entity, from its name. */
export function entityCode(name: string): string {
  return slugify(placeOf(name) || name, 30) || 'entite';
}

/** Without hyphens at either end (a loop: `/-+$/` backtracks quadratically on long runs). */
function trimHyphens(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '-') start++;
  while (end > start && text[end - 1] === '-') end--;
  return text.slice(start, end);
}
