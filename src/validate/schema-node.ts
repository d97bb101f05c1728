/**
 * The shape of a node of the charter's JSON Schema, as the validator's messages read it. A module
 * of its own: schema.ts (which loads the schema) and messages.ts (which describes its errors) both
 * need it, and schema.ts imports messages.ts.
 */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  'x-label'?: { fr: string; en: string };
  [key: string]: unknown;
}
