// What the checks of an output block share: where to report, the page's run, the address ranges
// an output may show, and the Pod template a Pod name belongs to.
import type { Run } from './context'
import type { OutputBlock } from './pages'
import type { PodTemplate } from './pods'
import ipaddr from 'ipaddr.js'
import { podTemplates } from './pods'

export const DOC_RANGES = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24']
export const IP_RE = /\b(\d{1,3}(?:\.\d{1,3}){3})\b/g

export function inRange(ip: string, cidrs: string[]): boolean {
  if (!ipaddr.IPv4.isValid(ip))
    return false
  const addr = ipaddr.IPv4.parse(ip)
  return cidrs.some(c => addr.match(ipaddr.IPv4.parseCIDR(c)))
}

export interface Ctx {
  run: Run
  block: OutputBlock
  report: (line: number, check: string, message: string) => void
}

export function podTemplate(run: Run, name: string, namespace?: string): PodTemplate | undefined {
  return podTemplates(run.state, namespace).find(t => t.podName.test(name))
}
