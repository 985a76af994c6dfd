"""The JavaScript the crawler runs inside pages. INIT_SCRIPT is added to every frame before any page script:
it wraps the `document.cookie` setter, the canvas APIs and the element size getters and reports, through an
exposed binding, who wrote which cookie and which script fingerprinted: `canvas` (a text-bearing canvas of at
least 16x16 read back), `canvas_font` (at least 50 distinct valid fonts set on a 2D context and measured with
measureText) — both the published criteria of Englehardt & Narayanan (2016) that The Markup's Blacklight
applies — and `font_probing` (the widths or heights of elements read under at least 50 distinct inline
font-family lists: font detection through the DOM, held to the same count). The script URL comes from the call
stack: init scripts have no URL of their own, so the first http(s) frame is the caller. The other scripts are
evaluated after load to read links, forms and web storage.
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
  const FONT_MIN = 50, EMPTY = new Set();
  // A stack capture costs ~10-30 us; a page that keeps changing fonts or probing element sizes stops being
  // watched after this many (~0.3 s), rather than slowed down. Probing 5,000 fonts needs fewer.
  let stacks = 10000;
  const budget = () => stacks--;
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
    // Canvas font fingerprinting: per script, the distinct fonts it set (as the context accepted them:
    // invalid values leave the font unchanged) plus those in force when it measured; flagged once the
    // script has measured text and the count reaches FONT_MIN.
    const fonts = new Map(), measured = new Set();
    const fontsOf = (script) => { let f = fonts.get(script); if (!f) { f = new Set(); fonts.set(script, f); } return f; };
    const canvasFont = (script) => {
      const n = (fonts.get(script) || EMPTY).size;
      if (n >= FONT_MIN && measured.has(script)) {
        once('canvas_font', script, 'at least ' + n + ' fonts set on a canvas and measured with measureText');
      }
    };
    const fontDesc = Object.getOwnPropertyDescriptor(C2D, 'font');
    if (fontDesc && fontDesc.set && fontDesc.get) {
      Object.defineProperty(C2D, 'font', {
        configurable: true, enumerable: fontDesc.enumerable,
        get() { return fontDesc.get.call(this); },
        set(value) {
          const before = fontDesc.get.call(this);
          fontDesc.set.call(this, value);
          try {
            // a font set to what it already was (a game's every frame) adds nothing: no stack capture
            const now = fontDesc.get.call(this);
            if (now !== before && budget() > 0) {
              const script = caller() || location.href;
              setBy.set(this, [now, script]);
              const f = fontsOf(script);
              if (f.size < FONT_MIN) { f.add(now); canvasFont(script); }
            }
          } catch (e) {}
        }
      });
    }
    const lastMeasured = new WeakMap(), setBy = new WeakMap();
    const measure = C2D.measureText;
    C2D.measureText = function (text) {
      try {
        // text layout measures many strings in one font: only a font change since the last measure counts
        const font = String(this.font);
        if (lastMeasured.get(this) !== font && budget() > 0) {
          lastMeasured.set(this, font);
          // the script that just set this font is, in practice, the one measuring with it: no second capture
          const by = setBy.get(this);
          const script = by && by[0] === font ? by[1] : caller() || location.href;
          measured.add(script);
          const f = fontsOf(script);
          if (f.size < FONT_MIN) f.add(font);
          canvasFont(script);
        }
      } catch (e) {}
      return measure.call(this, text);
    };
    // A text canvas copied onto another (drawImage) carries its text along, so reading the copy counts.
    const drawImage = C2D.drawImage;
    C2D.drawImage = function (src, ...rest) {
      try {
        const from = src && canvases.get(src);
        if (from && from.text && this.canvas) {
          const to = state(this.canvas);
          to.text = true;
          for (const ch of from.chars) to.chars.add(ch);
          for (const st of from.styles) to.styles.add(st);
        }
      } catch (e) {}
      return drawImage.call(this, src, ...rest);
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
  // Font probing through the DOM: a script sizes elements styled with one candidate font after another
  // (each with a generic fallback) and compares the sizes with the fallback's. Only elements with an inline
  // font-family are looked at, so ordinary layout reads cost one property check.
  const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif',
    'ui-sans-serif', 'ui-monospace', 'ui-rounded', 'math', 'emoji', 'fangsong', 'inherit', 'initial', 'unset']);
  const families = new Map(), lastFamily = new WeakMap();
  const probed = (el) => {
    try {
      const list = el.style && el.style.fontFamily;
      // layout code reads the same element again and again; only a new family on an element counts
      if (!list || lastFamily.get(el) === list || budget() <= 0) return;
      lastFamily.set(el, list);
      const first = list.split(',')[0].trim().replace(/^['"]|['"]$/g, '').toLowerCase();
      if (!first || GENERIC.has(first)) return;
      const script = caller() || location.href;
      let f = families.get(script); if (!f) { f = new Set(); families.set(script, f); }
      if (f.size >= FONT_MIN) return;
      f.add(first);
      if (f.size >= FONT_MIN) once('font_probing', script, 'at least ' + f.size + ' font families probed by element size');
    } catch (e) {}
  };
  const HE = window.HTMLElement && HTMLElement.prototype;
  if (HE) {
    for (const prop of ['offsetWidth', 'offsetHeight']) {
      const d = Object.getOwnPropertyDescriptor(HE, prop);
      if (!d || !d.get) continue;
      Object.defineProperty(HE, prop, {configurable: true, enumerable: d.enumerable,
        get() { probed(this); return d.get.call(this); }});
    }
  }
  const EP = window.Element && Element.prototype;
  if (EP && EP.getBoundingClientRect) {
    const rect = EP.getBoundingClientRect;
    EP.getBoundingClientRect = function () { probed(this); return rect.call(this); };
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
