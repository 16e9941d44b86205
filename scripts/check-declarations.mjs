// Checks the emitted declarations (dist/**/*.d.ts and .d.cts) as a consumer's compiler sees them:
// 1. no `any` written in them;
// 2. no type that resolves to `any` anywhere in the public API, read from every entry point with
//    `module: nodenext` and skipLibCheck (where an unresolved import silently becomes `any`);
// 3. every optional property is typed `?: T | undefined`, so it takes `undefined` under
//    exactOptionalPropertyTypes as the runtime does (or `?: never`: a key the runtime refuses
//    whatever its value, such as a hand-written policy's `includes`);
// 4. they compile with the ES library alone (no DOM, no @types/node) and skipLibCheck off, as in
//    a consumer's project for a worker, a database or an edge runtime (a `ReadableStream` named
//    in them failed there with TS2304).
// Usage: npm run check:declarations (after npm run build). Exits non-zero on any finding.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

function declarationFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return declarationFiles(path);
    return /\.d\.c?ts$/.test(entry.name) ? [path] : [];
  });
}

const files = declarationFiles(dist);
const entries = files.filter((file) => /(^|[/\\])index\.d\.c?ts$/.test(relative(dist, file)));
const program = ts.createProgram(files, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
});
const checker = program.getTypeChecker();
const findings = [];
const where = (node) => {
  const source = node.getSourceFile();
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return `${relative(root, source.fileName)}:${line + 1}`;
};

// 1 and 3: written `any`; optional properties without `undefined`.
for (const file of files) {
  const source = program.getSourceFile(file);
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) findings.push(`${where(node)}: \`any\` written`);
    if (ts.isPropertySignature(node) && node.questionToken && node.type) {
      const parts = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
      const takesUndefined = parts.some(
        (part) =>
          part.kind === ts.SyntaxKind.UndefinedKeyword ||
          part.kind === ts.SyntaxKind.UnknownKeyword,
      );
      const refused = node.type.kind === ts.SyntaxKind.NeverKeyword;
      if (!takesUndefined && !refused) {
        findings.push(
          `${where(node)}: optional property \`${node.name.getText(source)}\` without \`| undefined\``,
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

// 2: types that resolve to `any`, from every export of every entry point.
const seen = new Set();
const ownDeclaration = (symbol) =>
  (symbol?.declarations ?? []).some((d) => d.getSourceFile().fileName.startsWith(dist));

function visitType(type, path, depth) {
  if (type.flags & ts.TypeFlags.Any) {
    findings.push(`${path}: resolves to \`any\``);
    return;
  }
  if (seen.has(type) || depth > 12) return;
  seen.add(type);
  if (type.isUnionOrIntersection()) {
    for (const part of type.types) visitType(part, path, depth + 1);
    return;
  }
  if (!(type.flags & ts.TypeFlags.Object)) return;
  for (const argument of checker.getTypeArguments?.(type) ?? [])
    visitType(argument, `${path}<>`, depth + 1);
  for (const alias of type.aliasTypeArguments ?? []) visitType(alias, `${path}<>`, depth + 1);
  const symbol = type.getSymbol();
  // Types of other packages (decimal.js, zod) are leaves: checked not to be `any`, not walked.
  if (
    symbol &&
    !ownDeclaration(symbol) &&
    symbol.getName() !== '__type' &&
    symbol.getName() !== '__object'
  ) {
    return;
  }
  for (const property of type.getProperties()) {
    const declaration = property.valueDeclaration ?? property.declarations?.[0];
    if (declaration && !declaration.getSourceFile().fileName.startsWith(dist)) continue;
    const propertyType = declaration
      ? checker.getTypeOfSymbolAtLocation(property, declaration)
      : checker.getTypeOfSymbol(property);
    visitType(propertyType, `${path}.${property.getName()}`, depth + 1);
  }
  for (const info of checker.getIndexInfosOfType(type))
    visitType(info.type, `${path}[]`, depth + 1);
  for (const signature of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
    for (const parameter of signature.getParameters()) {
      const declaration = parameter.valueDeclaration;
      if (!declaration) continue;
      visitType(
        checker.getTypeOfSymbolAtLocation(parameter, declaration),
        `${path}(${parameter.getName()})`,
        depth + 1,
      );
    }
    visitType(signature.getReturnType(), `${path}()`, depth + 1);
  }
}

let exported = 0;
for (const entry of entries) {
  const source = program.getSourceFile(entry);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) {
    findings.push(`${relative(root, entry)}: not a module`);
    continue;
  }
  for (const symbol of checker.getExportsOfModule(module)) {
    exported += 1;
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const name = `${relative(dist, entry)}#${symbol.getName()}`;
    const declaration = target.valueDeclaration ?? target.declarations?.[0];
    if (!declaration) {
      findings.push(`${name}: no declaration (unresolved)`);
      continue;
    }
    if (
      target.flags &
      (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface | ts.SymbolFlags.Class)
    ) {
      visitType(checker.getDeclaredTypeOfSymbol(target), name, 0);
    }
    if (target.flags & ts.SymbolFlags.Value) {
      visitType(checker.getTypeOfSymbolAtLocation(target, declaration), name, 0);
    }
  }
}

// 4: the ES library alone.
const esOnly = ts.createProgram(files, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  strict: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: false,
  noEmit: true,
  types: [],
});
for (const diagnostic of ts.getPreEmitDiagnostics(esOnly)) {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  const { file, start = 0 } = diagnostic;
  const place = file
    ? `${relative(root, file.fileName)}:${file.getLineAndCharacterOfPosition(start).line + 1}: `
    : '';
  findings.push(`${place}TS${diagnostic.code} with the ES library alone: ${message}`);
}

const unique = [...new Set(findings)];
if (unique.length > 0) {
  console.error(`declarations: ${unique.length} finding(s):`);
  for (const finding of unique.slice(0, 200)) console.error(`  ${finding}`);
  if (unique.length > 200) console.error(`  … and ${unique.length - 200} more`);
  process.exit(1);
}
console.log(
  `declarations: ${files.length} files, ${exported} exports of ${entries.length} entry points: no \`any\`, every optional property takes undefined, all compile with the ES library alone`,
);
