import { describe, expect, it } from 'vitest'
import { fullname, releaseSecret, render, scaffold } from './helmChart'

describe('helm create', () => {
  it.each([
    ['web', 'web', 'web'],
    ['web-prd', 'web', 'web-prd'],
    ['blue', 'web', 'blue-web'],
  ])('release %s of chart %s is named %s', (release, chart, expected) => {
    expect(fullname(release, chart)).toBe(expected)
  })

  it('renders a ServiceAccount, a Service and a Deployment selecting the release\'s Pods', () => {
    const docs = render(scaffold('web', { file: 'helm.md', line: 1 }), 'web', 'helm-demo', 3)
    expect(docs.map(d => `${String(d.kind)} ${JSON.stringify((d.metadata as { name: string }).name)}`)).toEqual(['ServiceAccount "web"', 'Service "web"', 'Deployment "web"'])
    expect(docs[2]).toMatchObject({
      spec: {
        replicas: 3,
        template: {
          spec: {
            serviceAccountName: 'web',
            containers: [
              { name: 'web', image: 'nginx:1.16.0' },
            ],
          },
        },
      },
    })
  })

  it('keeps each revision in a Secret labelled owner=helm', () => {
    expect(releaseSecret('web', 'helm-demo', 2)).toMatchObject({
      metadata: {
        name: 'sh.helm.release.v1.web.v2',
        labels: { owner: 'helm', name: 'web' },
      },
    })
  })
})
