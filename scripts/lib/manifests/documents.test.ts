import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { decodePointer, describeObject, findManifestFiles, formatError, parseFile } from './documents'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))

describe('parseFile', () => {
  it('keeps each document with its index, first line and the line of a JSON pointer', () => {
    const { file, docs, errors } = parseFile(fixture('invalid-deployment.yaml'), root)
    expect(file).toBe('scripts/lib/manifests/fixtures/invalid-deployment.yaml')
    expect(errors).toEqual([])
    expect(docs.map(d => d.index)).toEqual([0, 1])
    expect(docs[1]!.lineOf('/spec/replicas')).toBe(17)
    // a pointer past the document's content falls back to its deepest existing parent
    expect(docs[1]!.lineOf('/spec/replicas/nothing/here')).toBe(17)
  })
})

describe('decodePointer', () => {
  it.each([
    ['', []],
    [
      '/spec/containers/0/image',
      ['spec', 'containers', 0, 'image'],
    ],
    [
      '/metadata/annotations/example.com~1説明',
      ['metadata', 'annotations', 'example.com/説明'],
    ],
    [
      '/a~0b',
      ['a~b'],
    ],
  ])('decodes %j', (pointer, segments) => {
    expect(decodePointer(pointer)).toEqual(segments)
  })
})

describe('describeObject', () => {
  it('names a document by kind and name, or by its shape', () => {
    expect(describeObject({
      kind: 'Workflow',
      metadata: { generateName: 'ビルド-' },
    })).toBe('Workflow ビルド-')
    expect(describeObject([
      { op: 'test' },
    ])).toBe('list')
    expect(describeObject('text')).toBe('string')
  })
})

describe('findManifestFiles', () => {
  it('lists YAML files below an examples folder only', () => {
    const files = findManifestFiles(`${root}docs`).map(f => f.slice(root.length))
    expect(files).toContain('docs/notes/examples/pdb.yaml')
    expect(files).toContain('docs/notes/examples/kustomize/base/kustomization.yaml')
    expect(files.every(f => f.includes('/examples/'))).toBe(true)
  })
})

describe('formatError', () => {
  it('writes file:line document N at pointer: message', () => {
    expect(formatError({
      file: 'a.yaml',
      document: 2,
      line: 9,
      path: '/spec',
      message: 'bad',
    })).toBe('a.yaml:9 document 2 at /spec: bad')
    expect(formatError({
      file: 'a.yaml',
      document: 0,
      line: 1,
      path: '',
      message: 'bad',
    })).toBe('a.yaml:1 document 0: bad')
  })
})
