import { describe, expect, it } from 'vitest'
import { isPlaceholder, parseFence, variableOf } from './shell'

describe('parseFence', () => {
  it.each([
    [
      'kubectl get pods -l app=web   # コメント',
      [
        [
          'kubectl',
          'get',
          'pods',
          '-l',
          'app=web',
        ],
      ],
    ],
    [
      'kubectl drain <ノード名> --ignore-daemonsets',
      [
        [
          'kubectl',
          'drain',
          '<ノード名>',
          '--ignore-daemonsets',
        ],
      ],
    ],
    [
      'kubectl describe pod <Pending の Pod 名>',
      [
        [
          'kubectl',
          'describe',
          'pod',
          '<Pending の Pod 名>',
        ],
      ],
    ],
    [
      'helm install web ./web \\\n  -n demo --create-namespace',
      [
        [
          'helm',
          'install',
          'web',
          './web',
          '-n',
          'demo',
          '--create-namespace',
        ],
      ],
    ],
    [
      'kubectl get crd | grep gateway',
      [
        ['kubectl', 'get', 'crd'],
        ['grep', 'gateway'],
      ],
    ],
    [
      'kubectl get job x -o jsonpath=\'{.status.conditions[?(@.type=="Failed")].reason}\'',
      [
        [
          'kubectl',
          'get',
          'job',
          'x',
          '-o',
          'jsonpath={.status.conditions[?(@.type=="Failed")].reason}',
        ],
      ],
    ],
    ['# 説明だけの行', []],
  ])('splits %j into simple commands', (code, argvs) => {
    expect(parseFence(code, 10).map(c => c.argv)).toEqual(argvs)
  })

  it('keeps the line of each command and the files it writes', () => {
    const commands = parseFence('helm create web\n\nhelm template web ./web > rendered.yaml', 20)
    expect(commands.map(c => [c.line, c.writes])).toEqual([
      [20, []],
      [
        22,
        ['rendered.yaml'],
      ],
    ])
  })

  it.each([
    [
      'POD=$(kubectl get pods -l app=web -o jsonpath=\'{.items[0].metadata.name}\')',
      'POD',
      [
        'kubectl',
        'get',
        'pods',
        '-l',
        'app=web',
        '-o',
        'jsonpath={.items[0].metadata.name}',
      ],
    ],
    [
      'export POD="$(kubectl get pods -o name | head -n 1)"',
      'POD',
      ['head', '-n', '1'],
    ],
  ])('keeps the variable %j assigns, on the command whose output it takes', (code, name, argv) => {
    const commands = parseFence(code, 5)
    expect(commands.at(-1)).toEqual({
      argv,
      writes: [],
      line: 5,
      assigns: name,
    })
  })

  it.each([
    ['$POD', 'POD'],
    // eslint-disable-next-line no-template-curly-in-string -- the shell's ${POD}, not a template
    ['${POD}', 'POD'],
    ['pod/$POD', undefined],
    ['<Pod 名>', undefined],
  ])('reads %j as the variable %j', (word, name) => {
    expect(variableOf(word)).toBe(name)
  })

  it('tells placeholders from words', () => {
    expect([
      isPlaceholder('<EXTERNAL-IP>'),
      isPlaceholder('http://<EXTERNAL-IP>/'),
      isPlaceholder('web-prd'),
    ]).toEqual([true, true, false])
  })
})
