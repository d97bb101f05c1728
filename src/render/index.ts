/** Rendering charters from Handlebars templates: the engine, the templates, the charter views. */
export {
  BLOCK_NAMES,
  type BlockChange,
  type BlockName,
  blockLines,
  type RefreshResult,
  refreshBlocks,
  renderBlock,
  type StaleBlock,
  scanBlocks,
  staleBlocks,
} from '../text/blocks.js';
export { entityPhrase, type Preposition } from '../text/grammar.js';
export { escapeForBody, escapeInline } from '../text/markdown.js';
export { frenchTypography, typographicData, typographyProblems } from '../text/typography.js';
export { type BodyContext, bodyContext, type RenderedCharter, renderCharter } from './charter.js';
export {
  compileTemplate,
  FORBIDDEN_NAMES,
  HELPER_NAMES,
  type RenderFunction,
  TemplateError,
} from './engine.js';
export { amountInWords, countryName, dateInWords, LABELS, label, stars } from './labels.js';
export { assertFresh, assertNoPlaceholders } from './ready.js';
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
