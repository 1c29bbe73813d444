// One spelling per term where textlint does not look. textlint (npm run lint:prose) applies prh.yml
// to the prose and skips frontmatter and code; this test applies the same rules to page titles and
// descriptions, to Mermaid sources, and to the comments of the example manifests under
// docs/notes/examples/ (comments only: keys, values and block scalars are manifest content).
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { fromYAMLFilePath } from 'prh'
import { describe, expect, it } from 'vitest'
import { CST, Lexer } from 'yaml'
import { mermaidFences } from '../mermaid/extract'
import { buildContentIndex } from './index'

const engine = fromYAMLFilePath(fileURLToPath(new URL('../../../prh.yml', import.meta.url)))
const docs = fileURLToPath(new URL('../../../docs', import.meta.url))
const examples = `${docs}/notes/examples`

/** Each prh rule that would change `text`, as 'found → expected'. */
function misspellings(text: string): string[] {
  const { diffs } = engine.makeChangeSet('text.md', text)
  const changes = diffs.filter(d => d.newText !== null && d.newText !== d.matches[0])
  return changes.map(d => `${d.matches[0]} → ${d.newText}`)
}

/** The comments of a YAML file with their 1-based lines, read with the yaml package's lexer. */
function yamlComments(source: string): { line: number, text: string }[] {
  const comments: { line: number, text: string }[] = []
  let offset = 0
  for (const token of new Lexer().lex(source)) {
    // The lexer's control tokens mark structure and are not part of the source text.
    if (token === CST.DOCUMENT || token === CST.FLOW_END || token === CST.SCALAR)
      continue
    if (CST.tokenType(token) === 'comment') {
      comments.push({
        line: source.slice(0, offset).split('\n').length,
        text: token.slice(1),
      })
    }
    offset += token.length
  }
  return comments
}

function exampleFiles(): string[] {
  return readdirSync(examples, { recursive: true, encoding: 'utf8' })
    .filter(p => p.endsWith('.yaml') || p.endsWith('.yml'))
    .sort()
}

describe('yamlComments', () => {
  it('finds whole-line and trailing comments, not # inside strings or block scalars', () => {
    const source = [
      '# 先頭のコメント', // 1
      'kind: Pod # 末尾のコメント', // 2
      'metadata:', // 3
      '  name: "a#b"', // 4
      'spec:', // 5
      '  command:', // 6
      '    - |', // 7
      '      echo 再試行 # シェルのコメント', // 8
      '---', // 9
      '# 2つ目の文書', // 10
    ].join('\n')
    expect(yamlComments(source)).toEqual([
      { line: 1, text: ' 先頭のコメント' },
      { line: 2, text: ' 末尾のコメント' },
      { line: 10, text: ' 2つ目の文書' },
    ])
  })
})

describe('prh.yml outside the prose', () => {
  it('flags the old spellings the notes used to mix', () => {
    expect(misspellings('既定で再試行する')).toEqual(['既定 → デフォルト', '再試行 → リトライ'])
    expect(misspellings('F5のNGINX Ingress Controllerと、Ingress Controller')).toEqual(['Ingress Controller → Ingressコントローラー'])
    expect(misspellings('metadata.namespace と、同じnamespace')).toEqual(['namespace → Namespace'])
  })

  it('finds no old spelling in page titles and descriptions', () => {
    const index = buildContentIndex(docs, 'docs')
    const found = index.parsed.flatMap(p => [p.frontmatter?.title ?? '', p.frontmatter?.description ?? '']
      .flatMap(text => misspellings(text).map(m => `docs/${p.relativePath}: ${m}`)))
    expect(found).toEqual([])
  })

  it('finds no old spelling in Mermaid sources', () => {
    const fences = mermaidFences(buildContentIndex(docs, 'docs'))
    expect(fences.length).toBeGreaterThan(0)
    const found = fences.flatMap(f => misspellings(f.code).map(m => `${f.file}:${f.line}: ${m}`))
    expect(found).toEqual([])
  })

  it('finds no old spelling in the comments of the example manifests', () => {
    const files = exampleFiles()
    expect(files.length).toBeGreaterThan(0)
    const found = files.flatMap(rel => yamlComments(readFileSync(`${examples}/${rel}`, 'utf8'))
      .flatMap(c => misspellings(c.text).map(m => `docs/notes/examples/${rel}:${c.line}: ${m}`)))
    expect(found).toEqual([])
  })
})
