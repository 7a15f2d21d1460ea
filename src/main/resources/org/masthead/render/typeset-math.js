/* Typesets every .math element of the page with the bundled KaTeX. The TeX stays in
   data-tex so that a later pass (after the editor replaces #content) skips nothing twice. */
(function () {
  'use strict';
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
        katex.render(tex, el, {
          displayMode: el.classList.contains('display'),
          throwOnError: false,
          strict: 'ignore'
        });
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
