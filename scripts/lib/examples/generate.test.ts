import { describe, expect, it } from 'vitest'
import { derived, renderTemplate } from './generate'
import { toObj } from './model'

const at = { file: 'x.yaml', line: 1 }

describe('renderTemplate', () => {
  it.each([
    ['web-{{.env}}', true, 'web-stg'],
    ['web-{{env}}', false, 'web-stg'],
    ['web-{{.missing}}', true, 'web-{{.missing}}'],
  ])('renders %s (goTemplate %s) as %s', (text, go, expected) => {
    expect(renderTemplate(text, { env: 'stg' }, go)).toBe(expected)
  })
})

describe('derived', () => {
  it('expands an ApplicationSet\'s List generator into Applications in its namespace', () => {
    const set = toObj({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'ApplicationSet',
      metadata: { name: 'web', namespace: 'argocd' },
      spec: {
        goTemplate: true,
        generators: [
          {
            list: {
              elements: [
                { env: 'dev' },
                { env: 'stg' },
              ],
            },
          },
        ],
        template: {
          metadata: { name: 'web-{{.env}}' },
          spec: {
            destination: { namespace: 'web-{{.env}}' },
          },
        },
      },
    }, at, 'x.yaml', () => 1)
    expect(derived(set, 1).map(a => [a.kind, a.namespace, a.name])).toEqual([
      ['Application', 'argocd', 'web-dev'],
      ['Application', 'argocd', 'web-stg'],
    ])
  })

  it('names a StatefulSet\'s claims <template>-<set>-<ordinal> with the selector\'s labels', () => {
    const sts = toObj({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'sts-web' },
      spec: {
        selector: {
          matchLabels: { app: 'sts-web' },
        },
        volumeClaimTemplates: [
          {
            metadata: { name: 'data' },
          },
        ],
      },
    }, at, 'x.yaml', () => 1)
    expect(derived(sts, 2).map(c => [c.name, c.labels])).toEqual([
      [
        'data-sts-web-0',
        { app: 'sts-web' },
      ],
      [
        'data-sts-web-1',
        { app: 'sts-web' },
      ],
    ])
  })

  it('writes the Secret an ExternalSecret targets, unless it only merges', () => {
    const es = (policy: string) => toObj({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: { name: 'db', namespace: 'eso' },
      spec: {
        target: { name: 'db-credentials', creationPolicy: policy },
      },
    }, at, 'x.yaml', () => 1)
    expect(derived(es('Owner'), 1).map(s => `${s.kind} ${s.namespace}/${s.name}`)).toEqual(['Secret eso/db-credentials'])
    expect(derived(es('Merge'), 1)).toEqual([])
  })
})
