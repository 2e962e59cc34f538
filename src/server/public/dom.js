// Every node of the page is made here, and text only ever becomes a text node: nothing from the
// game (a scenario's titles, an inject's text, a reason) can be read as HTML.

/**
 * An element with attributes and children. `on*` attributes take functions (listeners); `class`,
 * `hidden`, `disabled` and the rest are set as attributes; children are nodes, strings (made text
 * nodes), or arrays of them; null and false are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'checked' || name === 'value') el[name] = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replace the children of `el` with `children`. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A collapsible section that remembers whether it was open across re-renders (by `key`). */
const opened = new Map();
export function section(key, title, body, { open = false, badge = null } = {}) {
  const details = h('details', { class: 'card', id: `s-${key}`, open: opened.get(key) ?? open },
    h('summary', {}, h('h2', {}, title), badge ? h('span', { class: 'badge' }, badge) : null),
    body);
  details.addEventListener('toggle', () => opened.set(key, details.open));
  return details;
}

/** A table that scrolls sideways on a narrow screen, with a header row. */
export function table(head, rows, caption = null) {
  return h('div', { class: 'scroll' }, h('table', {},
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c))))))));
}

/** Markdown as people read it, made of elements: headings, lists, tables, quotes and paragraphs; never HTML. */
export function markdown(text) {
  const out = [];
  let list = null;
  let rows = null;
  const flushTable = () => {
    if (rows && rows.length > 0) out.push(table(rows[0], rows.slice(1)));
    rows = null;
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\*\*(.+?)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1');
    if (line.startsWith('|')) {
      if (list) out.push(list), (list = null);
      rows ??= [];
      // The row under the header (|---|:---:|) only aligns the columns.
      if (!/^\|(\s*:?-+:?\s*\|)+\s*$/.test(line)) rows.push(line.replace(/^\||\|\s*$/g, '').split('|').map((c) => c.trim()));
      continue;
    }
    flushTable();
    const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      list ??= h('ul');
      list.append(h('li', {}, item[1]));
      continue;
    }
    if (list) out.push(list), (list = null);
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) out.push(h(`h${Math.min(4, heading[1].length + 1)}`, {}, heading[2]));
    else if (line.startsWith('>')) out.push(h('blockquote', {}, line.replace(/^>\s?/, '')));
    else if (line.trim() !== '' && !line.startsWith('<')) out.push(h('p', {}, line));
  }
  flushTable();
  if (list) out.push(list);
  return h('div', { class: 'md' }, out);
}
