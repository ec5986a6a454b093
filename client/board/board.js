// wirewatch board — follows /events (Server-Sent Events) and keeps the page
// current. Every string that came from a scraper (titles, URLs, outlets,
// ids) is untrusted: it only ever reaches the page through textContent, and
// a link is made only of an http: or https: URL. No innerHTML anywhere.
'use strict';

// items in the incoming list: fewer on a phone, where it follows the events
const STREAM_SHOWN = window.matchMedia('(max-width: 640px)').matches ? 20 : 50;
const STREAM_KEPT = 200;   // kept, so that a filter still finds some

const token = new URLSearchParams(location.search).get('token');
const withToken = (path) => (token ? path + (path.includes('?') ? '&' : '?') +
                                     'token=' + encodeURIComponent(token) : path);

const state = {
  instances: new Map(),   // id -> instance
  stream: [],             // items, oldest first
  detail: new Map(),      // id -> {reports, complete} of the open event
  open: null,             // id of the event whose reports are shown
  fresh: new Set(),       // seqs not yet shown
  stats: null,            // the board's counters
};
const rows = new Map();   // id -> <li>
const $ = (id) => document.getElementById(id);

// --- building blocks: text only ---------------------------------------------

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function safeHref(url) {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (_) {
    return null;
  }
}

// A link when URL is http(s), plain text otherwise.
function link(url, text, cls) {
  const href = safeHref(url);
  if (!href) return el('span', cls, text);
  const a = el('a', cls, text);
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer nofollow';
  return a;
}

const pad = (n) => String(n).padStart(2, '0');
function toDate(t) {
  const d = new Date(t);
  return isNaN(d) ? null : d;
}
function fmtDateTime(t) {
  const d = toDate(t);
  return d ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ` +
             `${pad(d.getHours())}:${pad(d.getMinutes())}` : '';
}
function fmtClock(t) {
  const d = toDate(t);
  return d ? `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` : '';
}
const typeName = (t) => String(t || '').replace(/_/g, ' ');

function badge(dup) {
  const status = dup && ['new', 'exact', 'near'].includes(dup.status) ? dup.status : 'new';
  let text = status;
  if (status === 'near' && typeof dup.similarity === 'number')
    text = 'near ' + dup.similarity.toFixed(2);
  return el('span', 'badge ' + status, text);
}

// "copy of <original>" for a duplicate, or null.
function copyOf(dup, cls) {
  if (!dup || dup.status === 'new') return null;
  const p = el('div', cls);
  p.append(dup.status === 'near' ? 'near copy of ' : 'exact copy of ');
  const name = dup.of_title || dup.of || ('seq ' + dup.of_seq);
  p.append(link(dup.of_url, name));
  if (dup.of_source) p.append(' (' + dup.of_source + ')');
  // other earliest copies this one shows to be the same story
  if (Array.isArray(dup.also) && dup.also.length)
    p.append('; also of ' + dup.also.map((a) => (a && a.of) || '?').join(', '));
  return p;
}

// --- filters -----------------------------------------------------------------

function filterType() { return $('f-type').value; }
function filterLang() { return $('f-lang').value; }

function instanceShown(inst) {
  const t = filterType(), l = filterLang();
  return (!t || inst.type === t) && (!l || (inst.langs || []).includes(l));
}
function itemShown(item) {
  const t = filterType(), l = filterLang();
  return (!t || (item.event && item.event.type === t)) && (!l || item.lang === l);
}

function setOptions(select, values, label) {
  const have = [...select.options].slice(1).map((o) => o.value);
  const want = [...values].sort();
  if (have.length === want.length && have.every((v, i) => v === want[i])) return;
  const keep = select.value;
  select.replaceChildren(el('option', null, label));
  select.options[0].value = '';
  for (const v of want) {
    const o = el('option', null, select.id === 'f-type' ? typeName(v) : v);
    o.value = v;
    select.append(o);
  }
  select.value = want.includes(keep) ? keep : '';
}

function refreshFilters() {
  const types = new Set(), langs = new Set();
  for (const inst of state.instances.values()) {
    types.add(inst.type);
    for (const l of inst.langs || []) langs.add(l);
  }
  for (const it of state.stream) {
    if (it.event) types.add(it.event.type);
    if (it.lang) langs.add(it.lang);
  }
  setOptions($('f-type'), types, 'all types');
  setOptions($('f-lang'), langs, 'all languages');
}

// --- events ------------------------------------------------------------------

// A cell of an event's row; LABEL names it where the row is a card (a phone).
function cell(cls, text, label, before) {
  const c = el('span', cls, text);
  if (label && before) c.prepend(el('span', 'lbl pre', label));
  else if (label) c.append(el('span', 'lbl', label));
  return c;
}

function fillRow(li, inst) {
  const row = li.firstChild;
  const name = el('span', 'ev-name');
  name.append(el('span', 'ev-type', typeName(inst.type)), el('span', 'ev-date', inst.date));
  const outlets = (inst.outlets || []).length;
  row.replaceChildren(
    name,
    cell('num ev-reports', inst.reports, inst.reports === 1 ? 'report' : 'reports'),
    cell('num ev-outlets', outlets, outlets === 1 ? 'outlet' : 'outlets'),
    cell('ev-langs', (inst.langs || []).join(', ')),
    cell('ev-first', fmtDateTime(inst.first_seen), 'first report', true));
  row.title = inst.id;
  li.dataset.reports = String(inst.reports);
}

function newRow(inst) {
  const li = el('li');
  li.dataset.id = inst.id;
  const row = el('div', 'ev-row');
  row.tabIndex = 0;
  row.setAttribute('role', 'button');
  row.addEventListener('click', () => toggleDetail(inst.id));
  row.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggleDetail(inst.id); }
  });
  li.append(row);
  rows.set(inst.id, li);
  return li;
}

function flash(li) {
  const row = li.firstChild;
  row.classList.add('flash');
  requestAnimationFrame(() => requestAnimationFrame(() => row.classList.remove('flash')));
}

function renderEvents() {
  const list = $('events');
  const shown = [...state.instances.values()].filter(instanceShown).sort((a, b) =>
    (b.last_seen || 0) - (a.last_seen || 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keep = new Set(shown.map((i) => i.id));
  for (const [id, li] of rows)
    if (!keep.has(id) || !state.instances.has(id)) { li.remove(); if (!state.instances.has(id)) rows.delete(id); }
  shown.forEach((inst, i) => {
    let li = rows.get(inst.id);
    if (!li) { li = newRow(inst); fillRow(li, inst); }
    if (list.children[i] !== li) list.insertBefore(li, list.children[i] || null);
  });
  $('no-events').hidden = shown.length > 0;
  $('nevents').textContent = String(state.instances.size);
}

function setInstance(inst, live) {
  const old = state.instances.get(inst.id);
  if (old && old.reports > inst.reports) return;
  state.instances.set(inst.id, inst);
  const li = rows.get(inst.id);
  if (li) {
    fillRow(li, inst);
    if (live) flash(li);
    if (state.open === inst.id) renderDetail(inst.id);
  }
}

// --- an event's reports --------------------------------------------------------

function toggleDetail(id) {
  const was = state.open;
  if (was) {
    const li = rows.get(was);
    if (li) { li.classList.remove('open'); li.querySelector('.detail')?.remove(); }
    state.open = null;
  }
  if (was === id) return;
  state.open = id;
  rows.get(id)?.classList.add('open');
  renderDetail(id);
  fetch(withToken('api/event?id=' + encodeURIComponent(id)))
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status))))
    .then((d) => {
      state.detail.set(id, { reports: d.reports || [], complete: !!d.complete });
      if (d.instance) setInstance(d.instance, false);
      if (state.open === id) renderDetail(id);
    })
    .catch((e) => {
      state.detail.set(id, { reports: [], error: String(e.message || e) });
      if (state.open === id) renderDetail(id);
    });
}

function reportItem(it) {
  const li = el('li');
  li.dataset.seq = String(it.seq);
  li.append(badge(it.dup), link(it.url, it.title || it.url || it.id, 'rep-title'));
  const meta = el('div', 'rep-meta');
  meta.textContent = [it.source, it.lang, fmtDateTime(it.published)].filter(Boolean).join(' · ');
  li.append(meta);
  const c = copyOf(it.dup, 'rep-meta');
  if (c) li.append(c);
  return li;
}

function renderDetail(id) {
  const li = rows.get(id);
  if (!li) return;
  let box = li.querySelector('.detail');
  if (!box) { box = el('div', 'detail'); li.append(box); }
  const inst = state.instances.get(id);
  const d = state.detail.get(id);
  const parts = [];
  if (inst) parts.push(el('p', 'outlets', 'Outlets: ' + (inst.outlets || []).join(', ')));
  if (!d) {
    parts.push(el('p', 'note', 'Loading the reports…'));
  } else if (d.error) {
    parts.push(el('p', 'note', 'The reports could not be loaded: ' + d.error));
  } else {
    const ol = el('ol', 'reports');
    for (const it of d.reports) ol.append(reportItem(it));
    parts.push(ol);
    if (!d.reports.length) parts.push(el('p', 'note', 'No report is kept any more.'));
    else if (!d.complete) parts.push(el('p', 'note', 'Older reports are no longer kept.'));
  }
  box.replaceChildren(...parts);
}

// --- the incoming stream ---------------------------------------------------------

function streamItem(it) {
  const li = el('li');
  li.dataset.seq = String(it.seq);
  if (state.fresh.has(it.seq)) li.className = 'fresh';
  const meta = el('div', 'it-meta');
  meta.append(el('span', 'it-time', fmtClock(it.processed)), badge(it.dup),
              el('span', 'it-lang', it.lang), el('span', 'it-source', it.source));
  li.append(meta, link(it.url, it.title || it.url || it.id, 'it-title'));
  const c = copyOf(it.dup, 'it-copy');
  if (c) li.append(c);
  if (it.event) {
    const e = el('div', 'it-event');
    const chip = el('span', 'chip', typeName(it.event.type) + ' ' + it.event.date);
    e.append(chip, ' · report ' + it.event.reports);
    li.append(e);
  }
  return li;
}

function renderStream() {
  const shown = [];
  for (let i = state.stream.length - 1; i >= 0 && shown.length < STREAM_SHOWN; i--)
    if (itemShown(state.stream[i])) shown.push(state.stream[i]);
  $('stream').replaceChildren(...shown.map(streamItem));
  $('no-stream').hidden = shown.length > 0;
  $('stream-n').textContent = String(STREAM_SHOWN);
  state.fresh.clear();
}

function addItem(it, live) {
  state.stream.push(it);
  if (state.stream.length > STREAM_KEPT) state.stream.splice(0, state.stream.length - STREAM_KEPT);
  if (live) state.fresh.add(it.seq);
  const id = it.event && it.event.id;
  const d = id && state.detail.get(id);
  if (d && !d.error && !d.reports.some((r) => r.seq === it.seq)) {
    d.reports.push(it);
    if (state.open === id) renderDetail(id);
  }
}

// --- counters ------------------------------------------------------------------

// The board sends its counters every second; an item counts at once.
function countItem(it) {
  const s = state.stats;
  if (!s) return;
  s.items++;
  if (it.dup && it.dup.status === 'exact') s.exact++;
  if (it.dup && it.dup.status === 'near') s.near++;
  setStats(s);
}

function setStats(s) {
  if (!s) return;
  state.stats = s;
  $('rate').textContent = s.rate >= 10 ? s.rate.toFixed(0) : s.rate.toFixed(1);
  $('items').textContent = String(s.items);
  const dups = s.exact + s.near;
  $('dupshare').textContent = s.items ? Math.round((100 * dups) / s.items) + '%' : '–';
  $('dupshare').title = `${s.exact} exact, ${s.near} near of ${s.items} items`;
}

// --- the event stream -------------------------------------------------------------

function onSnapshot(snap) {
  state.instances.clear();
  for (const inst of snap.instances || []) state.instances.set(inst.id, inst);
  for (const [id, li] of rows) { li.remove(); rows.delete(id); }
  state.stream = [];
  state.detail.clear();
  for (const it of snap.stream || []) addItem(it, false);
  refreshFilters();
  renderEvents();
  renderStream();
  setStats(snap.stats);
  if (state.open && state.instances.has(state.open)) {
    const id = state.open;
    state.open = null;
    toggleDetail(id);
  } else {
    state.open = null;
  }
}

function connect() {
  const conn = $('conn');
  const es = new EventSource(withToken('events'));
  const on = (name, fn) => es.addEventListener(name, (e) => {
    let data;
    try { data = JSON.parse(e.data); } catch (_) { return; }
    fn(data);
  });
  es.onopen = () => { conn.dataset.state = 'live'; conn.textContent = 'live'; };
  es.onerror = () => { conn.dataset.state = 'lost'; conn.textContent = 'reconnecting'; };
  on('snapshot', onSnapshot);
  on('item', (it) => { addItem(it, true); countItem(it); refreshFilters(); renderStream(); });
  on('instance', (inst) => { setInstance(inst, true); refreshFilters(); renderEvents(); });
  on('stats', setStats);
}

document.addEventListener('DOMContentLoaded', () => {
  for (const id of ['f-type', 'f-lang'])
    $(id).addEventListener('change', () => { renderEvents(); renderStream(); });
  $('filters').addEventListener('submit', (e) => e.preventDefault());
  connect();
});
