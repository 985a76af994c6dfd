"""The JavaScript the crawler runs inside pages. INIT_SCRIPT is added to every frame before any page script:
it wraps the `document.cookie` setter and the canvas APIs and reports, through an exposed binding, who
wrote which cookie and which script read back a text-bearing canvas or probed many fonts (the published
criteria of Englehardt & Narayanan, 2016). The script URL comes from the call stack: init scripts have no
URL of their own, so the first http(s) frame is the caller. The other scripts are evaluated after load to
read links, forms and web storage.
"""

from __future__ import annotations

BINDING = "__complianceScanReport"

INIT_SCRIPT = r"""
(() => {
  if (window.__complianceScanHooked) return;
  Object.defineProperty(window, '__complianceScanHooked', {value: true});
  const send = (data) => { try { const f = window.__complianceScanReport; if (f) f(data); } catch (e) {} };
  const caller = () => {
    const stack = (new Error()).stack || '';
    const m = stack.match(/(?:https?|file):\/\/[^\s()]+?(?=:\d+:\d+)/);
    return m ? m[0] : null;
  };
  const seenCookies = new Set();
  const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (desc && desc.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true, enumerable: desc.enumerable,
      get() { return desc.get.call(this); },
      set(value) {
        try {
          const text = String(value);
          const name = text.split(';')[0].split('=')[0].trim();
          const dm = text.match(/;\s*domain\s*=\s*([^;]+)/i);
          const domain = dm ? dm[1].trim() : null;
          const key = name + '|' + domain;
          if (!seenCookies.has(key)) {
            seenCookies.add(key);
            send({kind: 'cookie', name, domain, host: location.hostname, script: caller() || location.href});
          }
        } catch (e) {}
        return desc.set.call(this, value);
      }
    });
  }
  const canvases = new WeakMap();
  const state = (canvas) => {
    let s = canvases.get(canvas);
    if (!s) { s = {chars: new Set(), styles: new Set(), text: false}; canvases.set(canvas, s); }
    return s;
  };
  const reported = new Set();
  const once = (kind, script, detail) => {
    const key = kind + '|' + script;
    if (reported.has(key)) return;
    reported.add(key);
    send({kind, script, detail, page: location.href});
  };
  const C2D = window.CanvasRenderingContext2D && CanvasRenderingContext2D.prototype;
  if (C2D) {
    for (const fn of ['fillText', 'strokeText']) {
      const orig = C2D[fn];
      C2D[fn] = function (text, ...rest) {
        try {
          const s = state(this.canvas);
          s.text = true;
          for (const ch of String(text)) s.chars.add(ch);
          s.styles.add(String(this.fillStyle));
        } catch (e) {}
        return orig.call(this, text, ...rest);
      };
    }
    const fonts = new Map();
    const measure = C2D.measureText;
    C2D.measureText = function (text) {
      try {
        const script = caller() || location.href;
        let set = fonts.get(script); if (!set) { set = new Set(); fonts.set(script, set); }
        set.add(String(this.font));
        if (set.size >= 50) once('font_probing', script, set.size + ' fonts measured');
      } catch (e) {}
      return measure.call(this, text);
    };
    const getImageData = C2D.getImageData;
    C2D.getImageData = function (...args) { check(this.canvas, 'getImageData', null); return getImageData.apply(this, args); };
  }
  const check = (canvas, how, type) => {
    try {
      if (!canvas || canvas.width < 16 || canvas.height < 16) return;
      const s = canvases.get(canvas);
      if (!s || !s.text || (s.chars.size < 10 && s.styles.size < 2)) return;
      if (type && /jpe?g|webp/i.test(String(type))) return;  // lossy read-backs are not fingerprints
      once('canvas', caller() || location.href, how + ' on ' + canvas.width + 'x' + canvas.height + ' canvas with text');
    } catch (e) {}
  };
  const HC = window.HTMLCanvasElement && HTMLCanvasElement.prototype;
  if (HC) {
    const toDataURL = HC.toDataURL, toBlob = HC.toBlob;
    HC.toDataURL = function (type, ...rest) { check(this, 'toDataURL', type); return toDataURL.call(this, type, ...rest); };
    HC.toBlob = function (cb, type, ...rest) { check(this, 'toBlob', type); return toBlob.call(this, cb, type, ...rest); };
  }
})();
"""

PAGE_SCRIPT = r"""
() => {
  const text = (el) => (el ? (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 120) : '');
  const labelOf = (el) => {
    let label = '';
    if (el.id) { try { const l = document.querySelector('label[for="' + CSS.escape(el.id) + '"]'); if (l) label = text(l); } catch (e) {} }
    if (!label) { const l = el.closest('label'); if (l) label = text(l); }
    return [label, el.getAttribute('aria-label') || '', el.getAttribute('placeholder') || ''].filter(Boolean).join(' | ');
  };
  const skip = new Set(['submit', 'button', 'reset', 'image']);
  const fieldOf = (el) => ({
    name: el.getAttribute('name') || el.id || '',
    type: (el.tagName === 'INPUT' ? (el.getAttribute('type') || 'text') : el.tagName.toLowerCase()).toLowerCase(),
    autocomplete: el.getAttribute('autocomplete'),
    label: labelOf(el),
  });
  const fields = (root) => Array.from(root.querySelectorAll('input, select, textarea'))
    .filter((el) => !skip.has((el.getAttribute('type') || '').toLowerCase())).map(fieldOf);
  const forms = Array.from(document.forms).map((f) => ({
    action: f.action || location.href, method: (f.getAttribute('method') || 'get').toLowerCase(), fields: fields(f),
  }));
  const orphans = Array.from(document.querySelectorAll('input, select, textarea'))
    .filter((el) => !el.form && !skip.has((el.getAttribute('type') || '').toLowerCase())).map(fieldOf);
  if (orphans.length) forms.push({action: '', method: 'script', fields: orphans});
  const links = Array.from(document.querySelectorAll('a[href], area[href]')).map((a) => a.href).filter(Boolean);
  const pings = Array.from(document.querySelectorAll('a[ping]')).map((a) => a.getAttribute('ping'));
  return {title: document.title || '', links, forms, pings, contentType: document.contentType || ''};
}
"""

STORAGE_SCRIPT = r"""
async () => {
  const out = {origin: location.origin, local: [], session: [], indexeddb: []};
  const read = (store, into) => {
    try { for (let i = 0; i < store.length; i++) { const k = store.key(i); into.push([k, (store.getItem(k) || '').length]); } } catch (e) {}
  };
  read(window.localStorage, out.local);
  read(window.sessionStorage, out.session);
  try { if (indexedDB.databases) out.indexeddb = (await indexedDB.databases()).map((d) => d.name).filter(Boolean); } catch (e) {}
  return out;
}
"""
