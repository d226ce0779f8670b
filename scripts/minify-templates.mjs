// Rollup plugin: collapses the white space (and CSS comments) inside Lit's css``, html`` and svg`` literals of our
// own sources. Lit renders HTML text with white space collapsed anyway, and none of our templates uses <pre>.
import MagicString from 'magic-string';
import { walk } from 'estree-walker';

const TAGS = new Set(['css', 'html', 'svg']);

function minify(raw, tag) {
  let text = raw;
  if (tag === 'css') text = text.replace(/\/\*[\s\S]*?\*\//g, '');
  text = text.replace(/\s+/g, ' ');
  if (tag === 'css')
    text = text
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  else text = text.replace(/>\s+</g, '> <');
  return text;
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/') || id.includes('node_modules') || !/\b(css|html|svg)`/.test(code)) return null;
      const ast = this.parse(code);
      const output = new MagicString(code);
      walk(ast, {
        enter(node) {
          if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name))
            return;
          for (const quasi of node.quasi.quasis) {
            const raw = quasi.value.raw;
            const small = minify(raw, node.tag.name);
            if (small !== raw) output.overwrite(quasi.start, quasi.end, small);
          }
        },
      });
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
