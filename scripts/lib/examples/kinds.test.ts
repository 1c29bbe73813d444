import { describe, expect, it } from 'vitest'
import { isNamespaced, resolveKind } from './kinds'

describe('resolveKind', () => {
  // kubectl's own names (`kubectl api-resources`): plural, singular, short name, plural.group.
  it.each([
    ['hpa', 'HorizontalPodAutoscaler', true],
    ['horizontalpodautoscalers.autoscaling', 'HorizontalPodAutoscaler', true],
    ['quota', 'ResourceQuota', true],
    ['resourcequota', 'ResourceQuota', true],
    ['limits', 'LimitRange', true],
    ['netpol', 'NetworkPolicy', true],
    ['rolebindings', 'RoleBinding', true],
    ['clusterrole', 'ClusterRole', false],
    ['apiservice', 'APIService', false],
    ['APIService', 'APIService', false],
  ])('%s → %s (namespaced: %s)', (name, kind, namespaced) => {
    expect(resolveKind(name)).toEqual({ kind, namespaced })
    expect(isNamespaced(kind)).toBe(namespaced)
  })

  it.each(['quotas', 'limit', 'apisvc', 'crole'])('knows no resource %s, as kubectl does not', (name) => {
    expect(resolveKind(name)).toBeUndefined()
  })
})
