import type { Finding } from './model'
import { describe, expect, it } from 'vitest'
import { State, toObj } from './model'
import { podTemplates } from './pods'
import { checkProbes } from './probes'

function findings(spec: Record<string, unknown>, claimTemplates?: unknown[]): string[] {
  const state = new State(() => {})
  state.put(toObj({
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web' },
    spec: {
      template: { spec },
      ...(claimTemplates
        ? { volumeClaimTemplates: claimTemplates }
        : {}),
    },
  }, { file: 'x.yaml', line: 1 }, 'x.yaml', () => 1))
  const found: Finding[] = []
  for (const t of podTemplates(state))
    checkProbes(t, f => found.push(f))
  return found.map(f => f.check)
}

function nginx(mountPath: string, probePath = '/') {
  return {
    name: 'nginx',
    image: 'nginx:1.27',
    readinessProbe: {
      httpGet: { path: probePath, port: 80 },
    },
    volumeMounts: [
      { name: 'data', mountPath },
    ],
  }
}

describe('checkProbes', () => {
  it.each([
    [
      'a new claim over the document root',
      {
        containers: [
          nginx('/usr/share/nginx/html'),
        ],
      },
      [
        {
          metadata: { name: 'data' },
        },
      ],
      ['probe-path-shadowed'],
    ],
    [
      'an emptyDir over a parent of the document root',
      {
        containers: [
          nginx('/usr/share'),
        ],
        volumes: [
          { name: 'data', emptyDir: {} },
        ],
      },
      undefined,
      ['probe-path-shadowed'],
    ],
    [
      'a claim mounted elsewhere',
      {
        containers: [
          nginx('/data'),
        ],
      },
      [
        {
          metadata: { name: 'data' },
        },
      ],
      [],
    ],
    [
      'a claim an init container fills first',
      {
        initContainers: [
          {
            name: 'init',
            image: 'busybox:1.36',
            volumeMounts: [
              { name: 'data', mountPath: '/html' },
            ],
          },
        ],
        containers: [
          nginx('/usr/share/nginx/html'),
        ],
      },
      [
        {
          metadata: { name: 'data' },
        },
      ],
      [],
    ],
    [
      'a ConfigMap over the document root',
      {
        containers: [
          nginx('/usr/share/nginx/html'),
        ],
        volumes: [
          {
            name: 'data',
            configMap: { name: 'site' },
          },
        ],
      },
      undefined,
      [],
    ],
    [
      'an emptyDir under a path the probe does not ask for',
      {
        containers: [
          nginx('/usr/share/nginx/html/uploads', '/'),
        ],
        volumes: [
          { name: 'data', emptyDir: {} },
        ],
      },
      undefined,
      [],
    ],
  ])('%s: %j', (_, spec, claims, expected) => {
    expect(findings(spec, claims)).toEqual(expected)
  })
})
