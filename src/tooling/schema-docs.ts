import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** The `/** … *\/` docs of one `z.object({…})` / `z.strictObject({…})` in `src/model/schemas/`. */
export interface ObjectDocs {
  /** Doc of the function or constant that makes the object, e.g. "A journalist, stored as …". */
  about: string | undefined;
  /** Field name → its doc; every field is listed, with `''` when it has no doc. */
  fields: Record<string, string>;
  /** Where it was found, for messages. */
  file: string;
}

/**
 * Reads the field docs straight from the schema sources with the TypeScript parser, so the JSDoc
 * that editors see on hover in code is the one text behind the JSON Schema and the editor guide.
 * (zod keeps no comments at run time, and `.describe()` on every field would say it all twice.)
 */
export function readSchemaDocs(dir: string): ObjectDocs[] {
  const found: ObjectDocs[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.ts'))
    .sort()) {
    const file = join(dir, name);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (isObjectCall(node)) {
        const [shape] = node.arguments;
        if (shape && ts.isObjectLiteralExpression(shape)) found.push({ about: ownerDoc(node), fields: fieldDocs(shape), file });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The docs whose fields best cover `keys`, i.e. the zod object a JSON Schema object came from. */
export function docsFor(keys: readonly string[], all: readonly ObjectDocs[]): ObjectDocs | undefined {
  const covering = all.filter((d) => keys.every((k) => k in d.fields));
  return covering.sort((a, b) => Object.keys(a.fields).length - Object.keys(b.fields).length)[0];
}

function isObjectCall(node: ts.Node): node is ts.CallExpression {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
  const { expression, name } = node.expression;
  return ts.isIdentifier(expression) && expression.text === 'z' && ['object', 'strictObject', 'looseObject'].includes(name.text);
}

function fieldDocs(shape: ts.ObjectLiteralExpression): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const prop of shape.properties) {
    const name = prop.name && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)) ? prop.name.text : undefined;
    if (name) fields[name] = docText(prop);
  }
  return fields;
}

/** The doc of the nearest enclosing function or `const`, skipping inner arrow functions and calls. */
function ownerDoc(node: ts.Node): string | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n)) return docText(n) || undefined;
    if (ts.isVariableStatement(n)) return docText(n) || undefined;
    if (ts.isPropertyAssignment(n)) return undefined;
  }
  return undefined;
}

function docText(node: ts.Node): string {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join('\n');
  // `**\/` is how a glob is written inside a comment; readers should see `**/`.
  return text
    .replace(/\*\\\//g, '*/')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
