import type { Doc, Finding } from './model'
import { describe, expect, it } from 'vitest'
import { State, toObj } from './model'
import { checkReferences } from './references'

const web: Doc = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'demo' },
  spec: {
    selector: {
      matchLabels: { app: 'web' },
    },
    template: {
      metadata: {
        labels: { app: 'web', access: 'granted' },
      },
      spec: {
        containers: [
          { name: 'app' },
        ],
      },
    },
  },
}

function findings(...docs: Doc[]): string[] {
  const state = new State(() => {})
  for (const d of [web, ...docs])
    state.put(toObj(d, { file: 'x.yaml', line: 1 }, 'x.yaml', () => 1))
  const found: Finding[] = []
  checkReferences(state, f => found.push(f))
  return found.map(f => f.check)
}

function hpa(kind: string, name: string): Doc {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'web', namespace: 'demo' },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind, name },
      maxReplicas: 3,
    },
  }
}

function policy(podSelector: Doc, from: Doc[] = []): Doc {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'p', namespace: 'demo' },
    spec: {
      podSelector,
      policyTypes: ['Ingress'],
      ingress: [
        { from },
      ],
    },
  }
}

describe('checkReferences', () => {
  it.each([
    [
      'an HPA on the Deployment',
      hpa('Deployment', 'web'),
      [],
    ],
    [
      'an HPA on a Deployment that does not exist',
      hpa('Deployment', 'api'),
      ['dangling-horizontalpodautoscaler'],
    ],
    [
      'an HPA on a StatefulSet of the same name',
      hpa('StatefulSet', 'web'),
      ['dangling-horizontalpodautoscaler'],
    ],
    [
      'a default-deny policy (empty podSelector)',
      policy({}),
      [],
    ],
    [
      'a policy for Pods nothing runs',
      policy({
        matchLabels: { app: 'api' },
      }),
      ['dangling-networkpolicy'],
    ],
    [
      'a policy admitting Pods that exist',
      policy({
        matchLabels: { app: 'web' },
      }, [
        {
          podSelector: {
            matchLabels: { access: 'granted' },
          },
        },
      ]),
      [],
    ],
    [
      'a policy admitting Pods nothing runs',
      policy({
        matchLabels: { app: 'web' },
      }, [
        {
          podSelector: {
            matchLabels: { access: 'grantd' },
          },
        },
      ]),
      ['dangling-networkpolicypeer-podselector'],
    ],
    [
      'a peer in other namespaces, which the page need not create',
      policy({
        matchLabels: { app: 'web' },
      }, [
        {
          namespaceSelector: {},
          podSelector: {
            matchLabels: { app: 'prometheus' },
          },
        },
      ]),
      [],
    ],
  ])('%s → %j', (_, doc, expected) => {
    expect(findings(doc)).toEqual(expected)
  })
})
