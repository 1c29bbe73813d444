import { describe, expect, it } from 'vitest'
import { preloadSchemas, resolveSchema } from './schemas'

describe('resolveSchema', () => {
  it('finds the v1 schemas of GRPCRoute and ExternalSecret themselves', async () => {
    await preloadSchemas(['gateway.networking.k8s.io/v1', 'external-secrets.io/v1'])
    expect(resolveSchema('gateway.networking.k8s.io/v1', 'GRPCRoute')).toBeDefined()
    expect(resolveSchema('external-secrets.io/v1', 'ExternalSecret')).toBeDefined()
    expect(resolveSchema('external-secrets.io/v1', 'Widget')).toBeUndefined()
  })
})
