import { describe, expect, it } from 'vitest'
import { ANY, fromLabelSelector, matches, parseSelector } from './pods'

describe('parseSelector', () => {
  it.each([
    [
      'app=web',
      { app: 'web' },
      true,
    ],
    [
      'app==web,tier!=db',
      { app: 'web', tier: 'front' },
      true,
    ],
    [
      'app=web,tier!=db',
      { app: 'web', tier: 'db' },
      false,
    ],
    [
      'env in (stg,prd)',
      { env: 'prd' },
      true,
    ],
    [
      'env notin (stg,prd)',
      { env: 'prd' },
      false,
    ],
    [
      '!legacy',
      { app: 'web' },
      true,
    ],
    [
      'job-name=retry-demo',
      { 'job-name': 'retry-demo' },
      true,
    ],
    [
      'pod-template-hash=abc',
      { 'pod-template-hash': ANY },
      true,
    ],
  ])('%s against %j matches: %s', (text, labels, expected) => {
    expect(matches(parseSelector(text)!, labels)).toBe(expected)
  })

  it('rejects what is not a selector', () => {
    expect(parseSelector('app in web')).toBeUndefined()
  })

  it('reads matchLabels and matchExpressions', () => {
    const reqs = fromLabelSelector({
      matchLabels: { app: 'web' },
      matchExpressions: [
        {
          key: 'zone',
          operator: 'In',
          values: ['a'],
        },
      ],
    })
    expect([
      matches(reqs, { app: 'web', zone: 'a' }),
      matches(reqs, { app: 'web', zone: 'b' }),
    ]).toEqual([true, false])
  })
})
