// Minifies the text of Lit's tagged templates (html`…`, svg`…`, css`…`): the indentation and line
// breaks of the source are bytes every page downloads, and neither Vite nor its minifier touch the
// inside of a template literal. Used by the build (vite.config.ts) and by the browser tests
// (web-test-runner.config.mjs), so the tests run the templates exactly as they ship.
//
// What it does is deliberately conservative:
// - html/svg: a run of white space that holds a line break becomes one space (HTML collapses white
//   space the same way; no template here has <pre> or text in a <textarea>), and is dropped at the
//   template's very start and end.
// - css: comments go, white space collapses to one space and goes around { } ; , > (never around a
//   colon, whose space means a descendant selector), and a last `;` before `}` goes.
// The expressions `${…}` are left alone, and so is white space next to one.
import MagicString from 'magic-string';
import { parseAst } from 'vite';

const TAGS = new Set(['html', 'svg', 'css']);

/** html/svg: line-broken white space to one space, none at the ends of the template. */
function minifyMarkup(text, first, last) {
  let out = text.replace(/\s*\n\s*/g, ' ');
  if (first) out = out.replace(/^\s+/, '');
  if (last) out = out.replace(/\s+$/, '');
  return out;
}

/** css: no comments, no white space where CSS needs none; white space next to `${…}` stays. */
function minifyCss(text, first, last) {
  const lead = !first && /^\s/.test(text) ? ' ' : '';
  const trail = !last && /\s$/.test(text) ? ' ' : '';
  const body = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/;}/g, '}')
    .trim();
  return body ? `${lead}${body}${trail}` : lead || trail;
}

function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node.type === 'string') visit(node);
  for (const key in node) {
    if (key === 'start' || key === 'end' || key === 'type') continue;
    const value = node[key];
    if (value && typeof value === 'object') walk(value, visit);
  }
}

/**
 * The code with its templates minified and a source map, or null when nothing changed.
 * `lang`: 'ts' or 'js'.
 */
export function minifyTemplates(code, id, lang = 'js') {
  if (!/\b(?:html|svg|css)`/.test(code)) return null;
  const ast = parseAst(code, { lang });
  const edited = new MagicString(code);
  let changed = false;
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
    const quasis = node.quasi.quasis;
    quasis.forEach((element, index) => {
      const raw = element.value.raw;
      const start = element.start + 1;
      // Positions are those of the delimiters (` or }); skip anything that does not line up.
      if (code.slice(start, start + raw.length) !== raw) return;
      const first = index === 0;
      const last = index === quasis.length - 1;
      const minified = node.tag.name === 'css' ? minifyCss(raw, first, last) : minifyMarkup(raw, first, last);
      if (minified !== raw) {
        if (minified === '') edited.remove(start, start + raw.length);
        else edited.overwrite(start, start + raw.length, minified);
        changed = true;
      }
    });
  });
  if (!changed) return null;
  return { code: edited.toString(), map: edited.generateMap({ source: id, hires: true, includeContent: true }) };
}

/** The Vite plugin: minifies the templates of the package's own TypeScript sources. */
export function minifyTemplatesPlugin() {
  return {
    name: 'sav-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/node_modules/')) return null;
      return minifyTemplates(code, id, 'ts');
    },
  };
}
