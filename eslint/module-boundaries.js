import path from 'node:path';

/**
 * Module boundaries of the server (decision 0022):
 * - a module imports another module only through its public face, `modules/<name>/index.ts`;
 * - the platform imports no module;
 * - a `*.tables.ts` may name another module's tables file, for foreign keys (one database schema);
 * - a `*.schema.ts` is imported by the web app as well, so it imports only zod, src/shared and
 *   its own module's schemas and tables — never server code that would end up in the browser.
 * Tests of the platform build the whole app, so they may import modules; tests may read other
 * modules' tables, schemas and test factories to check what was stored.
 */
const serverRoot = `${path.sep}src${path.sep}server${path.sep}`;

function place(file) {
  const at = file.lastIndexOf(serverRoot);
  if (at < 0) return null;
  const parts = file.slice(at + serverRoot.length).split(path.sep);
  if (parts[0] === 'platform') return { area: 'platform' };
  if (parts[0] === 'modules' && parts.length > 2) return { area: 'module', name: parts[1], rest: parts.slice(2).join('/') };
  return { area: 'server' };
}

const isTest = (file) => /\.(test|int\.test)\.tsx?$|\.test-data\.ts$/.test(file);

export default {
  rules: {
    'module-boundaries': {
      meta: {
        type: 'problem',
        docs: { description: 'Modules meet only through their index.ts; the platform imports no module.' },
        schema: [],
        messages: {
          deepImport: "Import '{{name}}' through its public face '{{name}}/index.ts', not '{{target}}' (decision 0022).",
          platformImportsModule: "The platform imports no module: '{{target}}' (decision 0022).",
          schemaImportsServer:
            "A schema is imported by the web app too: it imports only zod, src/shared and its own module's schemas and tables, not '{{target}}' (decision 0022).",
        },
      },
      create(context) {
        const file = context.filename;
        const from = place(file);
        if (!from) return {};
        const check = (node, source) => {
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const to = place(path.resolve(path.dirname(file), source));
          if (
            /\.schema\.ts$/.test(file) &&
            to &&
            (to.area !== 'module' || to.name !== from.name || !/\.(schema|tables)(\.js)?$/.test(source))
          ) {
            context.report({ node, messageId: 'schemaImportsServer', data: { target: source } });
            return;
          }
          if (!to || to.area !== 'module') return;
          if (from.area === 'platform' && !isTest(file)) {
            context.report({ node, messageId: 'platformImportsModule', data: { target: source } });
            return;
          }
          if (from.area === 'module' && from.name === to.name) return;
          // A foreign key names the other module's table: tables files import tables files.
          if (/\.tables\.ts$/.test(file) && /\.tables(\.js)?$/.test(source)) return;
          if (to.rest === 'index.js' || to.rest === 'index.ts' || to.rest === 'index') return;
          // Tests check what was stored and build their data: they may read other modules' tables,
          // schemas (types) and test factories.
          if (isTest(file) && /\.(tables|schema|test-data)(\.js)?$/.test(source)) return;
          context.report({ node, messageId: 'deepImport', data: { name: to.name, target: source } });
        };
        return {
          ImportDeclaration: (node) => check(node, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
          ExportAllDeclaration: (node) => check(node, node.source.value),
          ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
        };
      },
    },
  },
};
