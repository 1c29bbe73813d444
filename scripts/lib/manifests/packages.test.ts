import { describe, expect, it } from 'vitest'
import { kubernetesVersion, packageVersion } from './packages'
import { KUBERNETES_VERSION } from './schemas'

describe('kubernetesVersion', () => {
  it('maps a kubernetes-models line to the Kubernetes release of its schemas', () => {
    expect(kubernetesVersion('4.5.1')).toBe('1.33')
    expect(kubernetesVersion('5.1.0')).toBe('1.36')
  })

  it('refuses a line whose release is not recorded', () => {
    expect(() => kubernetesVersion('9.0.0')).toThrow(/KUBERNETES_BY_MODELS/)
  })

  it('reports the release of the installed package', () => {
    expect(KUBERNETES_VERSION).toBe(kubernetesVersion(packageVersion('kubernetes-models')))
  })
})
