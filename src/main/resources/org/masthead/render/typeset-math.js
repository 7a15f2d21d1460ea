/* Typesets every .math element of the page with the bundled KaTeX. The preview replaces the
   article on every edit, so results are cached by TeX: unchanged formulas cost one innerHTML.
   The TeX stays in data-tex, and an element that has it is never typeset twice. */
(function () {
  'use strict';
  var cache = {};
  var cached = 0;
  function html(tex, display) {
    var key = (display ? 'D' : 'I') + tex;
    var hit = cache[key];
    if (hit === undefined) {
      if (cached > 5000) {
        cache = {};
        cached = 0;
      }
      hit = katex.renderToString(tex, { displayMode: display, throwOnError: false, strict: 'ignore' });
      cache[key] = hit;
      cached++;
    }
    return hit;
  }
  function typeset(root) {
    if (typeof katex === 'undefined') {
      return;
    }
    var nodes = (root || document).querySelectorAll('.math');
    for (var i = 0; i < nodes.length; i++) {
      var el = nodes[i];
      if (el.hasAttribute('data-tex')) {
        continue;
      }
      var tex = el.textContent;
      el.setAttribute('data-tex', tex);
      try {
        el.innerHTML = html(tex, el.classList.contains('display'));
      } catch (e) {
        el.classList.add('math-error');
        el.textContent = tex;
      }
    }
  }
  window.mastheadTypeset = typeset;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { typeset(document); });
  } else {
    typeset(document);
  }
})();
