// The HTML report's own style and script, inlined in the page (html.ts).
//
// The script reads the JSON each document's section carries and builds the
// side list (by severity, by rule: a group's items are made when it is first
// opened, so a run with many findings opens fast), the filters' choices and
// the tooltip that shows a finding's fix. It puts text into the page only with
// `textContent` (never as markup), so nothing from a document can become an
// element. It is plain ES2020 for any current browser; the browser test
// (tests/html-report.test.ts) runs it.

export const PAGE_STYLE = `
:root { color-scheme: light; --error: #c62828; --error-bg: #fde2e2; --warning: #b26a00; --warning-bg: #fff0c2; --info: #1d5fbf; --info-bg: #dcebff; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif; color: #1b1b1b; background: #f6f6f4; }
.tl-top { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid #ddd; padding: .5rem 1rem; display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; align-items: center; }
.tl-top h1 { font-size: 1.1rem; margin: 0; }
#tl-summary { margin: 0; color: #444; }
.tl-filters { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: center; margin: 0; }
.tl-filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .6rem; align-items: center; }
.tl-filters legend { float: inline-start; margin-inline-end: .4rem; font-weight: 600; }
.tl-filters select { max-width: 22rem; }
.tl-layout { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 1rem; padding: 1rem; align-items: start; }
@media (max-width: 900px) { .tl-layout { grid-template-columns: minmax(0, 1fr); } }
.tl-doc { background: #fff; border: 1px solid #ddd; border-radius: 6px; margin-bottom: 1rem; }
.tl-path { font-size: .95rem; margin: 0; padding: .5rem .8rem; border-bottom: 1px solid #eee; background: #fafafa; border-radius: 6px 6px 0 0; overflow-wrap: anywhere; }
.tl-count { font-weight: normal; color: #666; }
.tl-text { white-space: pre-wrap; unicode-bidi: plaintext; text-align: start; overflow-wrap: anywhere; padding: .8rem 1rem; font-size: 1.1rem; line-height: 1.9; }
.tl-note { margin: .5rem .8rem; color: #555; font-style: italic; }
.tl-unplaced { margin: .5rem .8rem; padding-inline-start: 1.2rem; white-space: pre-wrap; }
mark { color: inherit; background: none; border-radius: 2px; cursor: help; }
mark.tl-error { background: var(--error-bg); box-shadow: inset 0 -2px var(--error); }
mark.tl-warning { background: var(--warning-bg); box-shadow: inset 0 -2px var(--warning); }
mark.tl-info { background: var(--info-bg); box-shadow: inset 0 -2px var(--info); }
mark mark { outline: 1px dashed #777; }
mark.tl-insert { background: none; box-shadow: none; }
mark.tl-insert::before { content: "‸"; font-weight: bold; padding: 0 1px; }
mark.tl-insert.tl-error::before { color: var(--error); }
mark.tl-insert.tl-warning::before { color: var(--warning); }
mark.tl-insert.tl-info::before { color: var(--info); }
mark.tl-off { background: none; box-shadow: none; outline: none; cursor: auto; }
mark.tl-insert.tl-off::before { content: none; }
li.tl-off { display: none; }
mark:focus, mark:target { outline: 2px solid #1d5fbf; outline-offset: 1px; }
.tl-cc { unicode-bidi: isolate; direction: ltr; }
.tl-cc::after { content: attr(data-cp); font: .65rem/1 ui-monospace, "DejaVu Sans Mono", monospace; border: 1px solid #888; border-radius: 3px; padding: 0 2px; margin: 0 1px; color: #555; vertical-align: middle; }
#tl-side { position: sticky; top: 4.5rem; max-height: calc(100vh - 5.5rem); overflow: auto; background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .5rem .8rem; }
#tl-side h2 { font-size: .95rem; margin: .6rem 0 .3rem; }
#tl-side summary { cursor: pointer; padding: .1rem 0; }
#tl-side details[data-empty] summary { color: #999; }
#tl-side ol { margin: .2rem 0 .6rem; padding-inline-start: 1.4rem; font-size: .85rem; }
#tl-side li { margin: .15rem 0; }
#tl-side li a { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .8rem; overflow-wrap: anywhere; }
.tl-badge { display: inline-block; min-width: 4.2rem; font-size: .75rem; font-weight: 600; border-radius: 3px; padding: 0 .3rem; text-align: center; }
.tl-badge.tl-error { color: #fff; background: var(--error); }
.tl-badge.tl-warning { color: #fff; background: var(--warning); }
.tl-badge.tl-info { color: #fff; background: var(--info); }
.tl-n { color: #555; }
#tl-tip { position: fixed; z-index: 3; max-width: min(32rem, 90vw); background: #222; color: #fff; border-radius: 6px; padding: .45rem .6rem; font-size: .85rem; box-shadow: 0 4px 14px rgba(0,0,0,.3); pointer-events: none; }
#tl-tip[hidden] { display: none; }
.tl-tip-item + .tl-tip-item { border-top: 1px solid #555; margin-top: .35rem; padding-top: .35rem; }
.tl-tip-rule { font-weight: 600; }
.tl-tip-fix code { white-space: pre; background: #3a3a3a; border: 1px dotted #aaa; border-radius: 3px; padding: 0 .2rem; unicode-bidi: isolate; }
.tl-tip-fix .tl-empty { color: #bbb; font-style: italic; }
.tl-foot { padding: .5rem 1rem 1.5rem; color: #555; }
`

export const PAGE_SCRIPT = `
(() => {
  'use strict'
  const SEVERITIES = ['error', 'warning', 'info']
  // The page's words, in the report's language (html-text.ts).
  const WORDS = JSON.parse(document.getElementById('tl-words').textContent)
  const files = []
  const findings = new Map()
  for (const section of document.querySelectorAll('section.tl-doc')) {
    const data = JSON.parse(section.querySelector('script.tl-data').textContent)
    const file = {index: section.dataset.file, path: data.path, section, count: data.findings.length}
    files.push(file)
    for (const finding of data.findings) {
      finding.file = file
      finding.rule = finding.rule || 'translint'
      finding.nodes = []
      finding.items = []
      finding.shown = true
      findings.set(finding.id, finding)
    }
  }
  // The marks (and the list of findings without a place) of each finding; the script's tooltip replaces the titles.
  for (const node of document.querySelectorAll('[data-f]')) {
    const finding = findings.get(node.dataset.f)
    if (finding) finding.nodes.push(node)
    node.removeAttribute('title')
  }

  const element = (name, className, text) => {
    const node = document.createElement(name)
    if (className) node.className = className
    if (text !== undefined) node.textContent = text
    return node
  }

  // Filters: their choices come from the findings.
  const form = document.getElementById('tl-filters')
  const ruleSelect = document.getElementById('tl-rule')
  const fileSelect = document.getElementById('tl-file')
  const byRule = new Map()
  for (const finding of findings.values()) {
    if (!byRule.has(finding.rule)) byRule.set(finding.rule, [])
    byRule.get(finding.rule).push(finding)
  }
  const rules = [...byRule.keys()].sort()
  for (const rule of rules) {
    const option = element('option', '', rule + ' (' + byRule.get(rule).length + ')')
    option.value = rule
    ruleSelect.append(option)
  }
  for (const file of files) {
    const option = element('option', '', file.path + ' (' + file.count + ')')
    option.value = file.index
    fileSelect.append(option)
  }

  // The side list: one group per severity, one per rule; a group's items are made when it is opened.
  const side = document.getElementById('tl-side')
  const groups = []
  const group = (heading, label, className, members) => {
    const details = element('details')
    const summary = element('summary')
    const badge = element(className ? 'span' : 'code', className ? 'tl-badge ' + className : '', label)
    const count = element('span', 'tl-n')
    summary.append(badge, ' ', count)
    const list = element('ol')
    details.append(summary, list)
    heading.after(details)
    const entry = {details, count, list, members, built: false}
    details.addEventListener('toggle', () => {
      if (details.open && !entry.built) build(entry)
    })
    groups.push(entry)
    return details
  }
  const build = (entry) => {
    entry.built = true
    for (const finding of entry.members) {
      const item = element('li')
      const link = element('a', '', finding.file.path + (finding.line === null ? '' : ':' + finding.line + ':' + finding.column))
      link.href = finding.placed ? '#tl-f-' + finding.id : '#tl-file-' + finding.file.index
      link.addEventListener('click', () => {
        const mark = finding.placed && document.getElementById('tl-f-' + finding.id)
        if (mark) setTimeout(() => mark.focus({preventScroll: true}))
      })
      const reason = element('span', '', ' ' + finding.reason)
      reason.dir = 'auto'
      item.append(link, reason)
      item.dataset.f = finding.id
      item.classList.toggle('tl-off', !finding.shown)
      finding.items.push(item)
      entry.list.append(item)
    }
  }
  const ruleHeading = element('h2', '', WORDS.byRule)
  const severityHeading = element('h2', '', WORDS.bySeverity)
  side.append(severityHeading, ruleHeading)
  let last = severityHeading
  for (const severity of SEVERITIES) {
    const members = [...findings.values()].filter((f) => f.severity === severity)
    last = group(last, WORDS.severity[severity], 'tl-' + severity, members)
  }
  last = ruleHeading
  for (const rule of rules) last = group(last, rule, '', byRule.get(rule))

  const summary = document.getElementById('tl-summary')
  const apply = () => {
    const severities = new Set([...form.querySelectorAll('input[name=severity]:checked')].map((box) => box.value))
    const rule = ruleSelect.value
    const file = fileSelect.value
    for (const entry of files) entry.section.hidden = file !== '' && entry.index !== file
    let shown = 0
    for (const finding of findings.values()) {
      finding.shown = severities.has(finding.severity) && (rule === '' || finding.rule === rule) && (file === '' || finding.file.index === file)
      if (finding.shown) shown++
      for (const node of finding.nodes) node.classList.toggle('tl-off', !finding.shown)
      for (const item of finding.items) item.classList.toggle('tl-off', !finding.shown)
    }
    for (const entry of groups) {
      const n = entry.members.filter((f) => f.shown).length
      entry.count.textContent = String(n)
      entry.details.toggleAttribute('data-empty', n === 0)
    }
    summary.textContent = WORDS.summary + (shown === findings.size ? '' : WORDS.shown.replace('{n}', String(shown)))
    hideTip()
  }

  // The tooltip: every finding marked at the point under the pointer (or the focused mark), with its fix.
  const tip = document.getElementById('tl-tip')
  /** The mark the tooltip is about. */
  let current = null
  // A fix that only adds or removes a space is named, since a box around a space is easy to miss.
  const NAMES = WORDS.spaces
  const code = (value) => {
    if (value === '') return element('span', 'tl-empty', WORDS.nothing)
    const box = element('code', '', value)
    if (value.trim() !== '') return box
    const name = element('span', 'tl-empty', ' (' + [...value].map((c) => NAMES[c] || 'U+' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join(' + ') + ')')
    const both = element('span')
    both.append(box, name)
    return both
  }
  const showTip = (mark) => {
    const shown = []
    for (let node = mark; node; node = node.parentElement && node.parentElement.closest('mark[data-f]')) {
      const finding = findings.get(node.dataset.f)
      if (finding && finding.shown) shown.push(finding)
    }
    if (shown.length === 0) return hideTip()
    tip.replaceChildren()
    for (const finding of shown) {
      const item = element('div', 'tl-tip-item')
      const head = element('div', 'tl-tip-rule')
      head.append(element('span', 'tl-badge tl-' + finding.severity, WORDS.severity[finding.severity]), ' ' + finding.rule)
      const reason = element('div', 'tl-tip-reason', finding.reason)
      reason.dir = 'auto'
      item.append(head, reason)
      if (finding.fix) {
        const fix = element('div', 'tl-tip-fix')
        fix.append(WORDS.fix, code(finding.fix.before), ' ' + WORDS.arrow + ' ', code(finding.fix.after))
        item.append(fix)
      } else if (finding.suggestions) {
        const fix = element('div', 'tl-tip-fix')
        fix.append(WORDS.suggestions)
        finding.suggestions.forEach((value, i) => fix.append(i ? ' · ' : '', code(value)))
        item.append(fix)
      }
      tip.append(item)
    }
    tip.hidden = false
    current = mark
    placeTip()
  }
  // Below the mark, or above it when there is no room below; kept in the window.
  const placeTip = () => {
    const rect = current.getBoundingClientRect()
    const width = tip.offsetWidth
    const height = tip.offsetHeight
    tip.style.left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8)) + 'px'
    tip.style.top = (rect.bottom + height + 12 < window.innerHeight ? rect.bottom + 6 : Math.max(8, rect.top - height - 6)) + 'px'
  }
  const hideTip = () => {
    tip.hidden = true
    current = null
  }
  const markOf = (event) => (event.target instanceof Element ? event.target.closest('mark[data-f]') : null)
  document.addEventListener('mouseover', (event) => {
    const mark = markOf(event)
    if (mark) showTip(mark)
    else hideTip()
  })
  document.addEventListener('focusin', (event) => {
    const mark = markOf(event)
    if (mark) showTip(mark)
  })
  document.addEventListener('focusout', hideTip)
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hideTip()
  })
  // The tooltip follows its mark when the page scrolls: scrolling a mark into view can come just after the
  // pointer reaches it, and hiding the tooltip then left nothing shown.
  window.addEventListener('scroll', () => current && placeTip(), {passive: true})

  form.addEventListener('change', apply)
  form.addEventListener('submit', (event) => event.preventDefault())
  apply()
})()
`
