// graylint live check (serve --ui): sends what the user pastes or opens to this service's own
// POST /v1/check (the same engine, config, packs and limits as `graylint check`) and shows the
// answer. No framework, nothing fetched from elsewhere; every text from the answer is written
// with textContent, and the message itself only into the sandboxed frame (no scripts there).
// @ts-check

const DEBOUNCE_MS = 250;
const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));
const meta = (/** @type {string} */ name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';

const token = meta('graylint-token');
/** @type {Array<{id: string, label: string, jurisdiction: string, classes: string[], marketing: string[], glossary: Record<string, string>, optIn: boolean}>} */
const laws = JSON.parse(meta('graylint-laws') || '[]');
const defaultJurisdictions = meta('graylint-jurisdictions').split(',').filter(Boolean);

const form = $('form');
const source = $('source');
const subject = $('subject');
const kind = $('kind');
const stream = $('stream');
const fileInput = $('file');
const drop = $('drop');
const fileName = $('file-name');
const status = $('status');
const verdict = $('verdict');
const said = $('said');
const notes = $('notes');
const preview = $('preview');
const marks = $('marks');
const findings = $('findings');
const copyButton = $('copy');
const downloadButton = $('download');

/** A file the user opened: its name (given to the service, so its extension and the config's globs apply) and its bytes, sent as they are while the text is unchanged. */
/** @type {{ name: string, bytes: Uint8Array, text: string } | null} */
let opened = null;
/** The last answer shown (the contract's result object). */
/** @type {any} */
let shown = null;
let timer = 0;
let seq = 0;
/** @type {AbortController | null} */
let inflight = null;

// ---------- the laws to check against ----------

for (const law of laws) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = 'jurisdiction';
  box.value = law.jurisdiction;
  box.checked = defaultJurisdictions.includes(law.jurisdiction);
  label.append(box, ` ${law.label}`);
  $('laws').append(label);
}
if (defaultJurisdictions.includes('auto')) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = 'jurisdiction';
  box.value = 'auto';
  box.checked = true;
  label.append(box, ' Other laws, when the email shows their audience');
  $('laws').append(label);
}

/** The jurisdictions ticked, or null when they are the service's own (then none is sent). */
function chosenJurisdictions() {
  const ticked = [...document.querySelectorAll('input[name="jurisdiction"]:checked')].map((b) => /** @type {HTMLInputElement} */ (b).value);
  const same = ticked.length === defaultJurisdictions.length && ticked.every((j) => defaultJurisdictions.includes(j));
  return same ? null : ticked;
}

// ---------- what is sent ----------

/** @param {string} text */
function detectKind(text) {
  const head = text.slice(0, 4000);
  if (/^(?:[A-Za-z][A-Za-z0-9-]*:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)+\r?\n/.test(head) && /^(?:from|subject|mime-version|received|to|date|message-id|content-type):/im.test(head)) return 'eml';
  if (/<[a-zA-Z!][^>]*>/.test(head) || /^<mj/m.test(head)) return 'html';
  return 'text';
}

const MEDIA = { eml: 'message/rfc822', html: 'text/html', text: 'text/plain' };

/** The request for what is on the page now; null when there is nothing to check. */
function request(/** @type {'preview' | 'report'} */ view) {
  const text = source.value;
  if (text.trim() === '') return null;
  const k = kind.value === 'auto' ? (opened && opened.text === text ? kindOfName(opened.name) ?? detectKind(text) : detectKind(text)) : kind.value;
  const params = new URLSearchParams({ ui: view });
  if (subject.value.trim() !== '') params.set('subject', subject.value);
  if (opened) params.set('file', opened.name);
  const j = chosenJurisdictions();
  if (j) params.set('jurisdictions', j.join(','));
  if (stream.value) params.set('stream', stream.value);
  const body = opened && opened.text === text ? opened.bytes : text;
  return { url: `/v1/check?${params}`, init: { method: 'POST', headers: { 'Content-Type': MEDIA[/** @type {'eml'|'html'|'text'} */ (k)], 'X-Graylint-Token': token }, body } };
}

/** @param {string} name */
function kindOfName(name) {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'eml') return 'eml';
  if (ext === 'txt' || ext === 'text') return 'text';
  return ext ? 'html' : null;
}

// ---------- checking ----------

function schedule() {
  clearTimeout(timer);
  timer = window.setTimeout(check, DEBOUNCE_MS);
}

async function check() {
  inflight?.abort();
  if (chosenJurisdictions()?.length === 0) {
    inflight = null;
    clear('Tick at least one law to check against.');
    return;
  }
  const req = request('preview');
  if (!req) {
    inflight = null;
    clear('Paste an email, or open one, to check it.');
    return;
  }
  const mine = ++seq;
  inflight = new AbortController();
  setStatus('Checking…');
  const started = performance.now();
  let res;
  let answer;
  try {
    res = await fetch(req.url, { ...req.init, signal: inflight.signal, cache: 'no-store', credentials: 'same-origin' });
    answer = await res.json();
  } catch (err) {
    if (/** @type {Error} */ (err).name === 'AbortError' || mine !== seq) return;
    setStatus('The check service does not answer. Is `graylint serve --ui` still running?', true);
    return;
  }
  if (mine !== seq) return;
  if (res.status !== 200 && res.status !== 422) {
    setStatus(`Not checked: ${answer?.error ?? `the service answered ${res.status}`}`, true);
    return;
  }
  show(answer, Math.round(performance.now() - started));
}

/** @param {string} text @param {boolean} [error] */
function setStatus(text, error = false) {
  status.textContent = text;
  status.classList.toggle('error', error);
}

/** @param {string} message */
function clear(message) {
  shown = null;
  setStatus(message);
  verdict.hidden = true;
  verdict.replaceChildren();
  said.replaceChildren();
  notes.replaceChildren();
  preview.srcdoc = '';
  marks.replaceChildren(item('Nothing yet.', 'muted'));
  findings.replaceChildren(item('Nothing yet.', 'muted'));
  copyButton.disabled = true;
  downloadButton.disabled = true;
}

// ---------- showing the answer ----------

const CATEGORY_WORDS = {
  transactional: 'Transactional: no law reads it as marketing.',
  hybrid: 'Hybrid: a transactional email that also promotes.',
  marketing: 'Marketing.',
};

/** @param {any} r @param {number} ms */
function show(r, ms) {
  const { preview: drawn, ...result } = r;
  shown = result;
  copyButton.disabled = false;
  downloadButton.disabled = !!result.error;
  if (result.error) {
    clear(`Cannot check it: ${result.error.message}`);
    status.classList.add('error');
    shown = result;
    copyButton.disabled = false;
    return;
  }
  setStatus(`Checked in ${ms} ms${opened && opened.text === source.value ? ` (${opened.name})` : ''}.`);

  verdict.hidden = false;
  verdict.dataset.category = result.category;
  const headline = el('p', 'headline', CATEGORY_WORDS[/** @type {'hybrid'} */ (result.category)] ?? String(result.category));
  headline.id = 'category';
  const streamLine = el('p', '', `Send it on the ${result.stream} stream.`);
  verdict.replaceChildren(headline, streamLine);
  if (result.subject) verdict.append(el('p', 'meta', `Subject: ${result.subject}`));

  said.replaceChildren();
  for (const law of laws) {
    const v = result.verdicts?.[law.id];
    if (!v) continue;
    const li = document.createElement('li');
    li.dataset.law = law.id;
    li.dataset.class = v.class;
    const marketing = law.marketing.includes(v.class);
    li.append(el('span', 'law', `${law.label}: `), el('span', `badge${marketing ? ' marketing' : ''}`, v.class), ' ', el('span', 'plain', plainWords(law, v.class)));
    if (v.reason) li.append(el('div', 'why', `Why: ${v.reason}${v.citation ? ` (${v.citation})` : ''}`));
    said.append(li);
  }

  notes.replaceChildren(...(drawn?.notes ?? []).map((/** @type {string} */ n) => item(n)));
  preview.srcdoc = drawn?.html ?? '';
  preview.style.height = `${Math.max(160, Math.min(drawn?.height ?? 384, 4000))}px`;

  /** @type {Map<number, any>} */
  const markOf = new Map();
  for (const m of drawn?.marks ?? []) for (const i of m.findings) if (!markOf.has(i)) markOf.set(i, m);

  marks.replaceChildren();
  for (const m of drawn?.marks ?? []) {
    const li = document.createElement('li');
    li.id = `mark-${m.n}`;
    li.dataset.kind = m.kind;
    li.append(el('span', `num ${m.kind}`, String(m.n)), ' ', el('strong', '', m.label), el('div', 'evidence', m.text));
    const links = m.findings.map((/** @type {number} */ i) => link(`#finding-${i + 1}`, `finding ${i + 1}`));
    if (links.length) {
      const d = el('div', 'meta', 'About it: ');
      links.forEach((a, k) => d.append(...(k ? [', ', a] : [a])));
      li.append(d);
    }
    marks.append(li);
  }
  if (!marks.children.length) marks.append(item('No promotional block, transactional core or located finding in the body.', 'muted'));

  findings.replaceChildren();
  result.findings.forEach((/** @type {any} */ f, /** @type {number} */ i) => {
    const li = document.createElement('li');
    li.id = `finding-${i + 1}`;
    li.dataset.rule = f.ruleId;
    li.append(el('span', `sev ${f.severity}`, f.severity), el('code', '', f.ruleId), el('div', '', f.message));
    if (f.evidence) li.append(el('div', 'evidence', f.evidence.length > 300 ? `${f.evidence.slice(0, 299)}…` : f.evidence));
    const fix = el('div', 'fix', '');
    fix.append(el('strong', '', 'Fix: '), f.fix);
    li.append(fix);
    const where = el('div', 'meta', `${f.location.scope}${f.location.line !== undefined ? ` line ${f.location.line}` : ''} · ${f.citation}`);
    const m = markOf.get(i);
    if (m) where.append(' · ', link(`#mark-${m.n}`, `block ${m.n} in the email`));
    li.append(where);
    findings.append(li);
  });
  if (!findings.children.length) findings.append(item('No findings.', 'muted'));
}

/** A law's class in plain words: the pack's own glossary when it explains the class, else what the law's stream rule says. */
function plainWords(/** @type {any} */ law, /** @type {string} */ cls) {
  const g = law.glossary ?? {};
  const key = Object.keys(g).find((k) => k.toLowerCase() === cls.toLowerCase());
  if (key) return withArticle(g[key]);
  const name = cls.replace(/-/g, ' ');
  return law.marketing.includes(cls)
    ? `${withArticle(`${name} message`)} under ${law.label}: it is marketing under this law, with the duties that brings (see the findings).`
    : `${withArticle(`${name} message`)} under ${law.label}: not marketing under this law.`;
}

/** @param {string} s */
function withArticle(s) {
  if (/^(a|an|no|the|advertising|any)\b/i.test(s)) return s;
  return `${/^[aeiou]/i.test(s) ? 'an' : 'a'} ${s}`;
}

/** @param {string} tag @param {string} cls @param {string} text */
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  e.textContent = text;
  return e;
}

/** @param {string} text @param {string} [cls] */
function item(text, cls = '') {
  return el('li', cls, text);
}

/** @param {string} href @param {string} text */
function link(href, text) {
  const a = /** @type {HTMLAnchorElement} */ (el('a', '', text));
  a.href = href;
  return a;
}

// ---------- files ----------

/** @param {File} file */
async function open(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = new TextDecoder('utf-8').decode(bytes);
  opened = { name: file.name.replace(/[\u0000-\u001f]/g, '').slice(-200) || 'message', bytes, text };
  source.value = text;
  const k = kindOfName(opened.name);
  if (k) kind.value = k;
  fileName.hidden = false;
  fileName.textContent = `Opened ${opened.name}. Editing the text checks your edited copy.`;
  clearTimeout(timer);
  await check();
}

fileInput.addEventListener('change', () => {
  const f = fileInput.files?.[0];
  if (f) void open(f);
});
for (const type of ['dragenter', 'dragover']) {
  drop.addEventListener(type, (/** @type {DragEvent} */ e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
}
for (const type of ['dragleave', 'drop']) drop.addEventListener(type, () => drop.classList.remove('over'));
drop.addEventListener('drop', (/** @type {DragEvent} */ e) => {
  e.preventDefault();
  const f = e.dataTransfer?.files?.[0];
  if (f) void open(f);
});
// A file dropped elsewhere on the page must not replace the page.
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', (e) => e.preventDefault());

// ---------- the buttons ----------

copyButton.addEventListener('click', async () => {
  if (!shown) return;
  // The document `graylint check --format json` prints for this one input.
  const text = `${JSON.stringify({ version: 1, results: [shown] }, null, 2)}\n`;
  try {
    await navigator.clipboard.writeText(text);
    setStatus('Copied the JSON report.');
  } catch {
    setStatus('The browser did not allow copying; use "Download report" instead.', true);
  }
});

downloadButton.addEventListener('click', async () => {
  const req = request('report');
  if (!req) return;
  try {
    const res = await fetch(req.url, { ...req.init, cache: 'no-store', credentials: 'same-origin' });
    if (!res.ok) throw new Error(String(res.status));
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = 'graylint-report.html';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus('Downloaded the report (graylint-report.html).');
  } catch {
    setStatus('The report could not be made; try again.', true);
  }
});

// ---------- wiring ----------

form.addEventListener('submit', (/** @type {Event} */ e) => e.preventDefault());
source.addEventListener('input', schedule);
subject.addEventListener('input', schedule);
kind.addEventListener('change', schedule);
stream.addEventListener('change', schedule);
$('laws').addEventListener('change', schedule);
if (source.value.trim() !== '') schedule();
