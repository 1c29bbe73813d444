import type { Finding, Obj } from './model'
import { describe, expect, it } from 'vitest'
import { checkTogether } from './global'
import { toObj } from './model'

function deployment(file: string, name = 'web', labels = { app: 'web' }, namespace = 'default'): Obj {
  return toObj({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace },
    spec: {
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
      },
    },
  }, { file, line: 1 }, file, () => 1)
}

function run(objects: Obj[], drains: { file: string, line: number }[] = []): string[] {
  const found: Finding[] = []
  checkTogether(objects, drains, f => found.push(f))
  return found.map(f => `${f.file} [${f.check}]`)
}

describe('checkTogether', () => {
  it('reports one object defined by two origins, once', () => {
    expect(run([
      deployment('a.yaml'),
      deployment('b.yaml', 'web', { app: 'other' }),
    ])).toEqual(['b.yaml [duplicate-object]'])
  })

  it('lets one example define its objects on several pages', () => {
    expect(run([
      deployment('a.yaml'),
      deployment('a.yaml'),
    ])).toEqual([])
  })

  it('reports a selector that picks another origin\'s Pods in the same namespace only', () => {
    const pdb = toObj({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'pdb' },
      spec: {
        selector: {
          matchLabels: { app: 'web' },
        },
      },
    }, { file: 'pdb.yaml', line: 1 }, 'pdb.yaml', () => 1)
    expect(run([
      deployment('a.yaml'),
      pdb,
    ])).toEqual(['pdb.yaml [shared-selector]'])
    expect(run([
      deployment('a.yaml', 'web', { app: 'web' }, 'other'),
      pdb,
    ])).toEqual([])
  })

  it('reports workloads of two origins sharing a selector label', () => {
    expect(run([
      deployment('a.yaml', 'one'),
      deployment('b.yaml', 'two'),
    ])).toEqual(['a.yaml [shared-selector]', 'b.yaml [shared-selector]', 'b.yaml [shared-selector]'])
  })

  it('reports a bare Pod only when a page drains a node', () => {
    const pod = toObj({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'app' },
    }, { file: 'pvc.yaml', line: 14 }, 'pvc.yaml', () => 14)
    expect(run([pod])).toEqual([])
    expect(run([pod], [
      { file: 'pdb.md', line: 96 },
    ])).toEqual(['pvc.yaml [unmanaged-pod-blocks-drain]'])
  })
})
