import { describe, expect, it } from 'vitest'
import { fragmentId } from './dom'

describe('fragmentId', () => {
  it.each([
    ['', ''],
    ['#', ''],
    ['#probe', 'probe'],
    ['#argo-cd%E3%81%AE%E5%90%8C%E6%9C%9F', 'argo-cdの同期'],
    ['#はじめに', 'はじめに'],
    ['argo-cd%E3%81%AE', 'argo-cdの'],
    // Cut off mid-character: a run of escapes that does not decode is kept as it is.
    ['#%E3%81', '%E3%81'],
    ['#%E3%81%AF%E3%81', '%E3%81%AF%E3%81'],
    ['#argo-cd%E3%81%AE-%E5%90', 'argo-cdの-%E5%90'],
    // A literal percent sign before encoded text.
    ['#100%%E3%81%AE%E5%8F%AF%E7%94%A8%E6%80%A7', '100%の可用性'],
    ['#50%', '50%'],
  ])('reads %j as %j', (hash, id) => {
    expect(fragmentId(hash)).toBe(id)
  })
})
