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

/** The stage and what it shows: the frame (content and viewport sizes) and the current view. */
interface Stage {
  el: HTMLElement
  frame: Frame
  current: View
  render: (next: View) => void
  /** A pointer's position on the stage. */
  local: (e: { clientX: number, clientY: number }) => Point
}

function createStage(el: HTMLElement, canvas: HTMLElement, percent: HTMLOutputElement): Stage {
  const stage: Stage = {
    el,
    frame: {
      content: { width: 0, height: 0 },
      viewport: { width: 0, height: 0 },
    },
    current: { scale: 1, x: 0, y: 0 },
    render(next) {
      stage.current = next
      // Sized, not scaled: the SVG is redrawn at each size and stays sharp.
      canvas.style.width = `${stage.frame.content.width * next.scale}px`
      canvas.style.height = `${stage.frame.content.height * next.scale}px`
      canvas.style.transform = `translate(${next.x}px, ${next.y}px)`
      canvas.dataset.scale = String(next.scale)
      percent.value = `${Math.round(next.scale * 100)}%`
    },
    local(e) {
      const rect = el.getBoundingClientRect()
      return { x: e.clientX - rect.left, y: e.clientY - rect.top }
    },
  }
  return stage
}

/** Drag, pinch, the wheel and a double click move and zoom the view. */
function listenToPointers(stage: Stage) {
  const { el, render, local } = stage
  // Pointers: one drags, two pinch. Each gesture starts again from the current view whenever a
  // finger is added or lifted, so nothing jumps.
  const pointers = new Map<number, Point>()
  let gesture: { start: View, from: Point[] } | undefined
  function restart() {
    const from = [
      ...pointers.values(),
    ].slice(0, 2)
    gesture = from.length
      ? { start: stage.current, from }
      : undefined
  }
  el.addEventListener('pointerdown', (e) => {
    if (e.pointerType === 'mouse' && e.button !== 0)
      return
    try {
      el.setPointerCapture(e.pointerId)
    }
    catch {
      // A pointer the browser does not track (a synthetic event): moves still arrive on the stage.
    }
    pointers.set(e.pointerId, local(e))
    restart()
  })
  el.addEventListener('pointermove', (e) => {
    if (!pointers.has(e.pointerId) || !gesture)
      return
    pointers.set(e.pointerId, local(e))
    const now = [
      ...pointers.values(),
    ].slice(0, 2)
    const { start, from } = gesture
    render(from.length === 2 && now.length === 2
      ? pinchView(start, [from[0]!, from[1]!], [now[0]!, now[1]!], stage.frame)
      : panBy(start, now[0]!.x - from[0]!.x, now[0]!.y - from[0]!.y, stage.frame))
  })
  const lift = (e: PointerEvent) => {
    if (pointers.delete(e.pointerId))
      restart()
  }
  el.addEventListener('pointerup', lift)
  el.addEventListener('pointercancel', lift)
  el.addEventListener('wheel', (e) => {
    e.preventDefault()
    render(zoomBy(stage.current, wheelFactor(e.deltaY, e.deltaMode, e.ctrlKey), stage.frame, local(e)))
  }, { passive: false })
  el.addEventListener('dblclick', e => render(zoomBy(stage.current, 2, stage.frame, local(e))))
}

/** The keys (+ − 0, arrows) and the buttons (close, zoom in and out, fit). */
function listenToControls(dialog: HTMLDialogElement, stage: Stage) {
  const { render } = stage
  dialog.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey)
      return
    const action = keyAction(e.key, stage.frame.viewport)
    if (!action)
      return
    e.preventDefault()
    render(applyKey(stage.current, action, stage.frame))
  })
  dialog.addEventListener('click', (e) => {
    const t = e.target as Element
    if (t.closest('.zoom-close'))
      dialog.close()
    else if (t.closest('[data-zoom-in]'))
      render(zoomBy(stage.current, ZOOM_STEP, stage.frame))
    else if (t.closest('[data-zoom-out]'))
      render(zoomBy(stage.current, 1 / ZOOM_STEP, stage.frame))
    else if (t.closest('[data-zoom-fit]'))
      render(fitView(stage.frame))
  })
}

/** Opens the viewer on a copy of `source`; `onClosed` runs once it has closed. */
export function openViewer(source: HTMLElement, label: string, onClosed: () => void): HTMLDialogElement {
  const doc = source.ownerDocument
  const view = doc.defaultView!
  const dialog = doc.createElement('dialog')
  dialog.className = 'zoom-dialog'
  dialog.setAttribute('aria-label', label)
  dialog.innerHTML = TEMPLATE
  dialog.querySelector('.zoom-title')!.textContent = label
  const canvas = dialog.querySelector<HTMLElement>('.zoom-canvas')!
  const stage = createStage(
    dialog.querySelector<HTMLElement>('.zoom-stage')!,
    canvas,
    dialog.querySelector<HTMLOutputElement>('.zoom-percent')!,
  )
  const viewportSize = () => ({ width: stage.el.clientWidth, height: stage.el.clientHeight })
  /** Takes the stage's size again (rotation, resize): a fitted view stays fitted. */
  function remeasure() {
    const wasFit = isFit(stage.current, stage.frame)
    stage.frame = {
      content: stage.frame.content,
      viewport: viewportSize(),
    }
    stage.render(wasFit
      ? fitView(stage.frame)
      : panBy(stage.current, 0, 0, stage.frame))
  }
  listenToPointers(stage)
  listenToControls(dialog, stage)
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
  stage.frame = {
    content: { width: source.offsetWidth, height: source.offsetHeight },
    viewport: viewportSize(),
  }
  void contentSize(copy, source).then((content) => {
    stage.frame = {
      content,
      viewport: viewportSize(),
    }
    // A diagram says how large its smallest label is at scale 1 (data-label-px, from the build).
    stage.render(initialView(stage.frame, readableScale(Number(source.dataset.labelPx) || 0, ZOOM_LABEL_PX)))
    stage.el.classList.add('zoom-ready')
  })
  return dialog
}
