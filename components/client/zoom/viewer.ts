// The full-screen zoom view of one image or diagram (opened by ./zoom.ts, its own chunk). A native
// modal <dialog> over the whole viewport: focus stays inside, Esc and the browser's Back close it. The
// copy opens fitted to the screen, unless that would draw a diagram's labels under ZOOM_LABEL_PX: then
// at that size from its top-left corner. A reader enlarges and moves it with two fingers (pinch), one
// finger or the mouse (drag), the wheel, the buttons or the keys (+ − 0, arrows). All the arithmetic
// is in components/layout/panZoom.ts; this module only feeds it pointer positions and sizes.
import type { Frame, Point, View } from '../../layout/panZoom'
import { ZOOM_LABEL_PX } from '../../../.vitepress/shared/mermaidLayout'
import { applyKey, fitView, initialView, isFit, keyAction, panBy, pinchView, readableScale, wheelFactor, ZOOM_STEP, zoomBy } from '../../layout/panZoom'
import { contentSize, zoomCopy } from '../../layout/zoomContent'
import { lockScroll } from '../chrome/frames'

const TEMPLATE = `<div class="zoom-bar"><p class="zoom-title"></p><button type="button" class="zoom-button zoom-close">閉じる</button></div>
<div class="zoom-stage"><div class="zoom-canvas"></div></div>
<div class="zoom-tools" role="group" aria-label="表示の大きさ"><button type="button" class="zoom-button" data-zoom-out><span aria-hidden="true">−</span> 縮小</button><output class="zoom-percent" aria-live="polite"></output><button type="button" class="zoom-button" data-zoom-in><span aria-hidden="true">＋</span> 拡大</button><button type="button" class="zoom-button" data-zoom-fit>全体表示</button></div>`

/** Opens the viewer on a copy of `source`; `onClosed` runs once it has closed. */
export function openViewer(source: HTMLElement, label: string, onClosed: () => void): HTMLDialogElement {
  const doc = source.ownerDocument
  const view = doc.defaultView!
  const dialog = doc.createElement('dialog')
  dialog.className = 'zoom-dialog'
  dialog.setAttribute('aria-label', label)
  dialog.innerHTML = TEMPLATE
  dialog.querySelector('.zoom-title')!.textContent = label
  const stage = dialog.querySelector<HTMLElement>('.zoom-stage')!
  const canvas = dialog.querySelector<HTMLElement>('.zoom-canvas')!
  const percent = dialog.querySelector<HTMLOutputElement>('.zoom-percent')!
  let frame: Frame = {
    content: { width: 0, height: 0 },
    viewport: { width: 0, height: 0 },
  }
  let current: View = { scale: 1, x: 0, y: 0 }

  function render(next: View) {
    current = next
    // Sized, not scaled: the SVG is redrawn at each size and stays sharp.
    canvas.style.width = `${frame.content.width * next.scale}px`
    canvas.style.height = `${frame.content.height * next.scale}px`
    canvas.style.transform = `translate(${next.x}px, ${next.y}px)`
    canvas.dataset.scale = String(next.scale)
    percent.value = `${Math.round(next.scale * 100)}%`
  }
  const viewportSize = () => ({ width: stage.clientWidth, height: stage.clientHeight })
  /** Takes the stage's size again (rotation, resize): a fitted view stays fitted. */
  function remeasure() {
    const wasFit = isFit(current, frame)
    frame = {
      content: frame.content,
      viewport: viewportSize(),
    }
    render(wasFit
      ? fitView(frame)
      : panBy(current, 0, 0, frame))
  }
  const local = (e: { clientX: number, clientY: number }): Point => {
    const rect = stage.getBoundingClientRect()
    return { x: e.clientX - rect.left, y: e.clientY - rect.top }
  }

  // Pointers: one drags, two pinch. Each gesture starts again from the current view whenever a
  // finger is added or lifted, so nothing jumps.
  const pointers = new Map<number, Point>()
  let gesture: { start: View, from: Point[] } | undefined
  function restart() {
    const from = [
      ...pointers.values(),
    ].slice(0, 2)
    gesture = from.length
      ? { start: current, from }
      : undefined
  }
  stage.addEventListener('pointerdown', (e) => {
    if (e.pointerType === 'mouse' && e.button !== 0)
      return
    try {
      stage.setPointerCapture(e.pointerId)
    }
    catch {
      // A pointer the browser does not track (a synthetic event): moves still arrive on the stage.
    }
    pointers.set(e.pointerId, local(e))
    restart()
  })
  stage.addEventListener('pointermove', (e) => {
    if (!pointers.has(e.pointerId) || !gesture)
      return
    pointers.set(e.pointerId, local(e))
    const now = [
      ...pointers.values(),
    ].slice(0, 2)
    const { start, from } = gesture
    render(from.length === 2 && now.length === 2
      ? pinchView(start, [from[0]!, from[1]!], [now[0]!, now[1]!], frame)
      : panBy(start, now[0]!.x - from[0]!.x, now[0]!.y - from[0]!.y, frame))
  })
  const lift = (e: PointerEvent) => {
    if (pointers.delete(e.pointerId))
      restart()
  }
  stage.addEventListener('pointerup', lift)
  stage.addEventListener('pointercancel', lift)
  stage.addEventListener('wheel', (e) => {
    e.preventDefault()
    render(zoomBy(current, wheelFactor(e.deltaY, e.deltaMode, e.ctrlKey), frame, local(e)))
  }, { passive: false })
  stage.addEventListener('dblclick', e => render(zoomBy(current, 2, frame, local(e))))
  dialog.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey)
      return
    const action = keyAction(e.key, frame.viewport)
    if (!action)
      return
    e.preventDefault()
    render(applyKey(current, action, frame))
  })
  dialog.addEventListener('click', (e) => {
    const t = e.target as Element
    if (t.closest('.zoom-close'))
      dialog.close()
    else if (t.closest('[data-zoom-in]'))
      render(zoomBy(current, ZOOM_STEP, frame))
    else if (t.closest('[data-zoom-out]'))
      render(zoomBy(current, 1 / ZOOM_STEP, frame))
    else if (t.closest('[data-zoom-fit]'))
      render(fitView(frame))
  })
  view.addEventListener('resize', remeasure)
  // Back closes the viewer instead of leaving the page: an entry is pushed on open, and taken back
  // on any other close.
  let pushedHistory = false
  const onPopState = () => {
    pushedHistory = false
    dialog.close()
  }
  let unlock = () => {}
  dialog.addEventListener('close', () => {
    unlock()
    view.removeEventListener('resize', remeasure)
    view.removeEventListener('popstate', onPopState)
    if (pushedHistory) {
      pushedHistory = false
      view.history.back()
    }
    dialog.remove()
    onClosed()
  }, { once: true })

  const copy = zoomCopy(source)
  canvas.replaceChildren(copy)
  doc.body.appendChild(dialog)
  dialog.showModal()
  unlock = lockScroll(doc, 'garden-zoom-open')
  view.history.pushState({ gardenZoom: true }, '')
  pushedHistory = true
  view.addEventListener('popstate', onPopState)
  frame = {
    content: { width: source.offsetWidth, height: source.offsetHeight },
    viewport: viewportSize(),
  }
  void contentSize(copy, source).then((content) => {
    frame = {
      content,
      viewport: viewportSize(),
    }
    // A diagram says how large its smallest label is at scale 1 (data-label-px, from the build).
    render(initialView(frame, readableScale(Number(source.dataset.labelPx) || 0, ZOOM_LABEL_PX)))
    stage.classList.add('zoom-ready')
  })
  return dialog
}
