/**
 * The HTML rules the export and the report share: the hast element builder, the sanitising
 * schema and the Content Security Policy. A module of its own, so that the report's HTML does
 * not load the Markdown pipeline (remark, micromark, GFM) that only the export needs.
 */

import type { Element, ElementContent, Properties } from 'hast';
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/** The scheme of the charter's own images in the sanitised tree, replaced by `data:` URIs after sanitising. */
export const IMAGE_PLACEHOLDER = 'charte-image:';

export type Child = ElementContent | string | null | undefined | false;

export function h(tagName: string, properties: Properties = {}, ...children: Child[]): Element {
  const content: ElementContent[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    content.push(typeof child === 'string' ? { type: 'text', value: child } : child);
  }
  return { type: 'element', tagName, properties, children: content };
}

/** Our class names: the sanitiser keeps them, and only them, beside GitHub's own. */
const OUR_CLASS = /^charte-[a-z-]+$/;

/** Adds our class names to an element's allowed attributes (GitHub's lists name a few classes per element). */
function withOurClasses(definitions: NonNullable<SanitizeSchema['attributes']>[string] = []) {
  let found = false;
  const out = definitions.map((d) => {
    if (Array.isArray(d) && d[0] === 'className') {
      found = true;
      return [...d, OUR_CLASS] as typeof d;
    }
    return d;
  });
  return found ? out : [...out, ['className', OUR_CLASS] as [string, RegExp]];
}

/** GitHub's sanitising rules, narrowed: links to http, https and mailto; images only our own; our class names. */
export const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'header', 'main', 'footer', 'figure'],
  attributes: {
    ...Object.fromEntries(
      Object.entries(defaultSchema.attributes ?? {}).map(([tag, definitions]) => [
        tag,
        withOurClasses(definitions),
      ]),
    ),
    span: withOurClasses(['ariaLabel']),
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: [IMAGE_PLACEHOLDER.slice(0, -1)],
    cite: ['http', 'https'],
  },
};

export const CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
