/** `charte templates`: the built-in templates, and those of the folders given, as text or JSON. */

import pc from 'picocolors';
import { messages } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { builtinTemplates, type CharterTemplate, describeTemplate, templatesAt } from '../render/template.js';

export interface TemplateListing {
  name: string;
  description: string;
  languages: string[];
  builtin: boolean;
  /** The folder, as messages show it. */
  path: string;
}

export function listTemplates(dirs: readonly string[], cwd: string, lang: Lang): TemplateListing[] {
  const all: CharterTemplate[] = [
    ...builtinTemplates(lang),
    ...dirs.flatMap((d) => templatesAt(d, cwd, lang)),
  ];
  return all.map((t) => ({
    name: t.name,
    description: describeTemplate(t, lang),
    languages: [...t.manifest.languages],
    builtin: t.builtin,
    path: t.displayDir,
  }));
}

export function formatTemplates(
  templates: readonly TemplateListing[],
  format: 'text' | 'json',
  lang: Lang,
  color: boolean,
): string {
  if (format === 'json') return `${JSON.stringify(templates, null, 2)}\n`;
  const paint = pc.createColors(color);
  const nameWidth = Math.max(...templates.map((t) => t.name.length), 4);
  const langWidth = Math.max(...templates.map((t) => t.languages.join(', ').length), 6);
  const lines = templates.map((t) => {
    const where = t.builtin ? '' : paint.dim(`  (${t.path})`);
    return `${paint.bold(t.name.padEnd(nameWidth))}  ${t.languages.join(', ').padEnd(langWidth)}  ${t.description}${where}`;
  });
  const hint = messages(lang).init.templatesUsage;
  return `${lines.join('\n')}\n\n${paint.dim(hint)}\n`;
}
