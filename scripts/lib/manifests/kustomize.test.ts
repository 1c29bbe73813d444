import { describe, expect, it } from 'vitest'
import { applyJsonPatch, matches, stripDirectives } from './kustomizePatch'

const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: {
    template: {
      spec: {
        containers: [
          {
            name: 'web',
            image: 'nginx',
            env: [
              { name: 'LOG_LEVEL', value: 'info' },
            ],
          },
        ],
      },
    },
  },
}
const container = '/spec/template/spec/containers/0'

describe('applyJsonPatch', () => {
  it('applies add, replace, remove, copy and move to a copy of the target', () => {
    const { result, issues } = applyJsonPatch(deployment, [
      { op: 'test', path: `${container}/env/0/name`, value: 'LOG_LEVEL' },
      { op: 'replace', path: `${container}/env/0/value`, value: '警告' },
      {
        op: 'add',
        path: `${container}/env/-`,
        value: { name: 'TZ', value: 'Asia/Tokyo' },
      },
      { op: 'copy', from: `${container}/image`, path: `${container}/args` },
      { op: 'move', from: `${container}/args`, path: `${container}/command` },
      { op: 'remove', path: '/metadata/name' },
    ])
    expect(issues).toEqual([])
    expect(result).toMatchObject({
      metadata: {},
      spec: {
        template: {
          spec: {
            containers: [
              {
                command: 'nginx',
                env: [
                  { value: '警告' },
                  { name: 'TZ' },
                ],
              },
            ],
          },
        },
      },
    })
    expect(deployment.metadata.name).toBe('web')
  })

  it.each([
    [
      { op: 'replace' as const, path: `${container}/imagee`, value: 'x' },
      '/0/path',
      `path ${container}/imagee does not exist in the target`,
    ],
    [
      { op: 'remove' as const, path: '/spec/replicas' },
      '/0/path',
      'path /spec/replicas does not exist in the target',
    ],
    [
      { op: 'test' as const, path: `${container}/image`, value: 'httpd' },
      '/0/value',
      `test failed: ${container}/image is "nginx", not "httpd"`,
    ],
  ])('reports a failed %j', (op, path, message) => {
    expect(applyJsonPatch(deployment, [op]).issues).toEqual([
      { path, message },
    ])
  })
})

describe('stripDirectives', () => {
  it('drops $ keys at any depth', () => {
    expect(stripDirectives({
      $patch: 'replace',
      spec: {
        list: [
          { $patch: 'delete', name: 'a' },
        ],
      },
    })).toEqual({
      spec: {
        list: [
          { name: 'a' },
        ],
      },
    })
  })
})

describe('matches', () => {
  it('selects by apiVersion, kind, name or a kustomization target', () => {
    expect(matches(deployment, { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' })).toBe(true)
    expect(matches(deployment, { kind: 'Deployment', name: 'api' })).toBe(false)
    expect(matches(deployment, {
      target: { group: 'apps', version: 'v1', kind: 'Deployment' },
    })).toBe(true)
    expect(matches(deployment, {
      target: { group: '', kind: 'Deployment' },
    })).toBe(false)
  })
})
