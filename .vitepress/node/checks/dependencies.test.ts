// Every package the source tree imports is declared in package.json. A package that resolves only
// because something else installed it (hoisted into node_modules) breaks, or silently changes version,
// when that something drops or bumps it. Type-only imports count too: declare the package rather than
// lean on a transitive copy. Imports are read with the TypeScript parser (Vue SFCs: their <script>
// blocks, split out by vue/compiler-sfc), not with regexes.
import { globSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { parse as parseSfc } from 'vue/compiler-sfc'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

/** Source the site, its build, tests and scripts are made of (docs/ holds no scripts). */
const SOURCES = [
  '.vitepress/**/*.{ts,mts,cts,js,mjs,cjs,vue}',
  'components/**/*.{ts,mts,js,mjs,vue}',
  'scripts/**/*.{ts,mts,js,mjs}',
  'e2e/**/*.{ts,mts,js,mjs}',
  '*.{ts,mts,js,mjs,cjs}',
  '.*.{js,mjs,cjs}',
]
const NOT_SOURCES = [
  /(^|\/)node_modules\//,
  /^\.vitepress\/(dist|dist-base|cache|\.temp)\//,
  /\.timestamp-\d+-\w+\.mjs$/, // Vite's bundled config, left next to it while a build runs
]

/**
 * Bare specifiers that name no package, each with where it is defined. An entry no import uses
 * any more fails the test, so the list cannot outlive its reasons.
 */
const NOT_PACKAGES: Record<string, string> = {
  '@localSearchIndex': 'VitePress\'s virtual module of the local search index (its localSearchPlugin; typed in components/search/shims.d.ts)',
  'virtual:search-texts': 'our Vite plugin in .vitepress/node/search/sectionTexts.ts (SEARCH_TEXTS_MODULE)',
  'virtual:mermaid-diagrams.css': 'our Vite plugin in .vitepress/node/mermaid/vite.ts (MERMAID_CSS_ID)',
}
/** Prefixes of aliases that name no package, likewise. */
const NOT_PACKAGE_PREFIXES: Record<string, string> = {
  '@vp-theme/': 'alias of VitePress\'s default-theme components folder: vitepressAliases() in .vitepress/node/vitepress/registry.ts (typed in components/vp/upstream.d.ts)',
}

interface ImportedSpecifier {
  specifier: string
  /** `/// <reference types>` or tsconfig `types`: satisfied by the package or by its @types/ package. */
  types?: boolean
}

/** Module specifiers a TS/JS module names: static and dynamic imports, re-exports, `import('x').T` types, literal `require`s. */
function moduleSpecifiers(source: string, fileName: string): ImportedSpecifier[] {
  const kind = /\.[cm]?js$/.test(fileName)
    ? ts.ScriptKind.JS
    : ts.ScriptKind.TS
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, kind)
  const found: ImportedSpecifier[] = file.typeReferenceDirectives.map(r => ({ specifier: r.fileName, types: true }))
  const literal = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node))
      found.push({ specifier: node.text })
  }
  const isRequire = (callee: ts.Expression): boolean =>
    (ts.isIdentifier(callee) && callee.text === 'require')
    || (ts.isPropertyAccessExpression(callee) && callee.name.text === 'resolve' && isRequire(callee.expression))
    || (ts.isCallExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'createRequire')
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node))
      literal(node.moduleSpecifier)
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      literal(node.moduleReference.expression)
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
      literal(node.argument.literal)
    else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || isRequire(node.expression)))
      literal(node.arguments[0])
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

/** The same for a file of any kind the tree holds (a Vue SFC: its <script> and <script setup>). */
function fileSpecifiers(source: string, fileName: string): ImportedSpecifier[] {
  if (!fileName.endsWith('.vue'))
    return moduleSpecifiers(source, fileName)
  const { descriptor, errors } = parseSfc(source, { filename: fileName })
  if (errors.length > 0)
    throw new Error(`${fileName}: ${errors.map(String).join('; ')}`)
  return [descriptor.script, descriptor.scriptSetup].flatMap(block => block
    ? moduleSpecifiers(block.content, `${fileName}.${block.lang ?? 'js'}`)
    : [])
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`, `name/sub` → `name`). */
function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@')
    ? parts.slice(0, 2).join('/')
    : parts[0]!
}

/** The @types/ package of a package name (`@scope/name` → `@types/scope__name`). */
function typesPackage(name: string): string {
  return `@types/${name.startsWith('@')
    ? name.slice(1).replace('/', '__')
    : name}`
}

function sourceFiles(): string[] {
  return [
    ...new Set(SOURCES.flatMap(pattern => globSync(pattern, { cwd: ROOT }))),
  ]
    .filter(f => !NOT_SOURCES.some(re => re.test(f)))
    .sort()
}

describe('moduleSpecifiers', () => {
  it('finds every form of import, type-only ones included', () => {
    const source = [
      '/// <reference types="node" />',
      'import a from \'pkg-a\'',
      'import type { B } from \'@scope/pkg-b/sub\'',
      'export * from \'pkg-c\'',
      'export { d } from \'./local\'',
      'import e = require(\'pkg-e\')',
      'type F = import(\'pkg-f\').F',
      'const g = await import(\'pkg-g\')',
      'const h = require(\'pkg-h/package.json\')',
      'const i = createRequire(import.meta.url).resolve(\'pkg-i\')',
      'const j = createRequire(import.meta.url)(\'pkg-j\')',
      'const k = require.resolve(\'pkg-k/dist/k.js\')',
      'const notAnImport = f(\'pkg-l\')',
    ].join('\n')
    expect(moduleSpecifiers(source, 'x.ts')).toEqual([
      { specifier: 'node', types: true },
      ...[
        'pkg-a',
        '@scope/pkg-b/sub',
        'pkg-c',
        './local',
        'pkg-e',
        'pkg-f',
        'pkg-g',
        'pkg-h/package.json',
        'pkg-i',
        'pkg-j',
        'pkg-k/dist/k.js',
      ]
        .map(specifier => ({ specifier })),
    ])
  })

  it('reads both script blocks of a Vue SFC', () => {
    const sfc = '<script lang="ts">\nimport { a } from \'pkg-a\'\n</script>\n<script setup lang="ts">\nimport type { B } from \'pkg-b\'\nconst c = await import(\'pkg-c\')\n</script>\n<template><div /></template>\n'
    expect(fileSpecifiers(sfc, 'X.vue').map(s => s.specifier)).toEqual(['pkg-a', 'pkg-b', 'pkg-c'])
  })

  it('names packages', () => {
    expect([
      'vue',
      'vue/server-renderer',
      '@scope/name',
      '@scope/name/sub/x.js',
      'ipaddr.js',
    ].map(packageName))
      .toEqual([
        'vue',
        'vue',
        '@scope/name',
        '@scope/name',
        'ipaddr.js',
      ])
  })
})

describe('package.json', () => {
  it('declares every package the source tree imports', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>
    const declared = new Set([
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.devDependencies ?? {}),
    ])
    const files = sourceFiles()
    expect(files.length).toBeGreaterThan(300) // the globs still reach the tree
    const tsconfig = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile).config as { compilerOptions?: { types?: string[] } }
    const imports = [
      ...(tsconfig.compilerOptions?.types ?? []).map(specifier => ({ file: 'tsconfig.json', specifier, types: true })),
      ...files.flatMap(file => fileSpecifiers(readFileSync(join(ROOT, file), 'utf8'), file).map(s => ({ file, ...s }))),
    ]

    const allowed = new Set<string>()
    const undeclared = new Map<string, string[]>()
    for (const { file, specifier, types } of imports) {
      if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:'))
        continue
      const alias = specifier in NOT_PACKAGES
        ? specifier
        : Object.keys(NOT_PACKAGE_PREFIXES).find(p => specifier.startsWith(p))
      if (alias) {
        allowed.add(alias)
        continue
      }
      const name = packageName(specifier)
      if (declared.has(name) || (types && declared.has(typesPackage(name))))
        continue
      undeclared.set(name, [
        ...(undeclared.get(name) ?? []),
        name === specifier
          ? file
          : `${file} (${specifier})`,
      ])
    }

    // A Node builtin without `node:` lands here too; write it with the prefix.
    expect(Object.fromEntries(undeclared), 'imported but not in package.json dependencies/devDependencies').toEqual({})
    expect([...allowed].sort(), 'allow-list entries no import uses any more').toEqual(
      [
        ...Object.keys(NOT_PACKAGES),
        ...Object.keys(NOT_PACKAGE_PREFIXES),
      ].sort(),
    )
  })
})
