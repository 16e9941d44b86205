// TypeDoc plugin for the API site (typedoc.json `plugin`):
// - each guide of docs/ (a project document) is listed under "Guides" in the navigation, beside
//   one module per entry point, by a short name (a guide not named here: its first heading);
// - the root entry's module (src/index.ts, every area re-exported) is named `social-value`; each
//   area's module keeps the area's name (`valuation` is `social-value/valuation`).
import { readFileSync } from 'node:fs';
import { Converter, ReflectionKind } from 'typedoc';

// The short name of each guide, by file name (test/docs/guide-names.test.ts: one per guide).
const names = JSON.parse(readFileSync(new URL('./guide-names.json', import.meta.url), 'utf8'));

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const text = document.content.map((part) => part.text).join('');
    const heading = /^#\s+(.+)$/m.exec(text);
    const name = Object.hasOwn(names, document.name) ? names[document.name] : heading?.[1];
    if (name) document.name = name.trim();
    document.frontmatter.group ??= 'Guides';
  });
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (_context, reflection) => {
    if (
      reflection.kindOf(ReflectionKind.Module) &&
      reflection.parent?.kind === ReflectionKind.Project
    )
      if (reflection.name === 'index') reflection.name = 'social-value';
  });
}
