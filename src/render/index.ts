/** Rendering charters from Handlebars templates: the engine, the templates, the charter views. */
export { type BodyContext, bodyContext, type RenderedCharter, renderCharter } from './charter.js';
export {
  compileTemplate,
  FORBIDDEN_NAMES,
  HELPER_NAMES,
  type RenderFunction,
  TemplateError,
} from './engine.js';
export { amountInWords, countryName, dateInWords, LABELS, label, stars } from './labels.js';
export { escapeForBody, escapeInline } from './markdown.js';
export {
  builtinTemplates,
  type CharterTemplate,
  type CompiledParts,
  compileParts,
  DEFAULT_TEMPLATE,
  describeTemplate,
  resolveTemplate,
  type TemplateManifest,
  templatesAt,
} from './template.js';
export { YamlValueError, yamlValue } from './yaml-value.js';
