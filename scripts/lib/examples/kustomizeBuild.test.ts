import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { build, strategicMerge } from './kustomizeBuild'

const root = fileURLToPath(new URL('../../..', import.meta.url))

describe('build', () => {
  it('renders the prd overlay of the Kustomize example as kustomize would', () => {
    const out = build(`${root}docs/notes/examples/kustomize/overlays/prd`, root)
    expect(out.map(b => [b.value.kind, b.value.metadata])).toEqual([
      [
        'Deployment',
        {
          name: 'web',
          namespace: 'web-prd',
          labels: { 'app.kubernetes.io/part-of': 'web' },
        },
      ],
      [
        'Service',
        {
          name: 'web',
          namespace: 'web-prd',
          labels: { 'app.kubernetes.io/part-of': 'web' },
        },
      ],
    ])
    expect(out[0]!.value).toMatchObject({
      spec: {
        replicas: 3,
        template: {
          spec: {
            containers: [
              {
                image: 'nginx:1.27.3',
                env: [
                  { name: 'LOG_LEVEL', value: 'warn' },
                  { name: 'FEATURE_X', value: 'on' },
                ],
              },
            ],
          },
        },
      },
    })
    expect(out[0]!.file).toBe('docs/notes/examples/kustomize/base/deployment.yaml')
  })
})

describe('strategicMerge', () => {
  it.each([
    [
      'merges maps',
      {
        a: 1,
        b: { c: 2 },
      },
      {
        b: { d: 3 },
      },
      {
        a: 1,
        b: { c: 2, d: 3 },
      },
    ],
    [
      'merges named list items by name',
      {
        l: [
          { name: 'x', v: 1 },
        ],
      },
      {
        l: [
          { name: 'x', v: 2 },
          { name: 'y' },
        ],
      },
      {
        l: [
          { name: 'x', v: 2 },
          { name: 'y' },
        ],
      },
    ],
    [
      'replaces other lists',
      {
        args: ['a', 'b'],
      },
      {
        args: ['c'],
      },
      {
        args: ['c'],
      },
    ],
  ])('%s', (_, base, patch, expected) => {
    expect(strategicMerge(base, patch)).toEqual(expected)
  })
})
