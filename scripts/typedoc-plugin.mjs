// TypeDoc plugin for the API site (typedoc.json `plugin`):
// - each guide of docs/ (a project document) is listed under "Guides" in the navigation, beside
//   one module per entry point, by a short name (a guide not named here: its first heading);
// - the root entry's module (src/index.ts, every area re-exported) is named `social-value`; each
//   area's module keeps the area's name (`valuation` is `social-value/valuation`).
import { Converter, ReflectionKind } from 'typedoc';

const names = {
  'pledge-sheets': 'Pledge sheets',
  policy: 'Thresholds and policies',
  evaluation: 'Tender evaluation',
  maturity: 'Maturity self-assessment',
  monitoring: 'Delivery monitoring',
  council: 'Local spend and multipliers',
  ocds: 'Award criteria from OCDS',
  charts: 'Charts',
  embedding: 'Embedding (UDFs, edge)',
  cli: 'Command line',
  snapshots: 'Storing results',
  errors: 'Errors',
  conventions: 'Conventions',
  quality: 'Quality',
  performance: 'Performance',
};

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
