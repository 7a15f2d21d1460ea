/* Injected into the preview's page from Java (the page's own policy runs no script). Blocks of
   the article each follow an <!--mh--> comment, and one more follows the last; the comments are
   kept in an array so that finding a block costs nothing. A long article is held in part: then
   #mh-before and #mh-after stand in for the blocks the page does not hold, and scrolling near
   them asks Java, through window.mastheadLinks.slide, for another part. */
(function () {
  'use strict';

  function marks() {
    var found = window.mastheadMarks;
    if (!found) {
      found = [];
      var walk = document.createTreeWalker(document.getElementById('content'), NodeFilter.SHOW_COMMENT, null, false);
      while (walk.nextNode()) {
        if (walk.currentNode.nodeValue === 'mh') {
          found.push(walk.currentNode);
        }
      }
      window.mastheadMarks = found;
    }
    return found;
  }

  function shiftLines(el, delta) {
    var v = el.getAttribute('data-source-line');
    if (v !== null) {
      el.setAttribute('data-source-line', String(parseInt(v, 10) + delta));
    }
  }

  /* Replaces blocks [from, from + remove) with html (blocks each after a mark) and moves the
     source lines of the blocks after them by delta. */
  window.mastheadPatch = function (from, remove, html, delta) {
    var all = marks();
    var end = all[from + remove];
    var parent = end.parentNode;
    for (var node = all[from]; node !== end; ) {
      var after = node.nextSibling;
      parent.removeChild(node);
      node = after;
    }
    var box = document.createElement('div');
    box.innerHTML = html;
    if (window.mastheadTypeset) {
      window.mastheadTypeset(box);
    }
    var added = [];
    while (box.firstChild) {
      var n = box.firstChild;
      if (n.nodeType === 8 && n.nodeValue === 'mh') {
        added.push(n);
      }
      parent.insertBefore(n, end);
    }
    Array.prototype.splice.apply(all, [from, remove].concat(added));
    if (delta === 0) {
      return;
    }
    var stop = all[all.length - 1];
    for (var at = all[from + added.length]; at !== stop; at = at.nextSibling) {
      if (at.nodeType !== 1) {
        continue;
      }
      shiftLines(at, delta);
      var inner = at.querySelectorAll('[data-source-line]');
      for (var i = 0; i < inner.length; i++) {
        shiftLines(inner[i], delta);
      }
    }
  };

  /* The first element of block i of the page, or null. */
  function blockElement(i) {
    var all = marks();
    for (var node = all[i].nextSibling; node && node !== all[i + 1]; node = node.nextSibling) {
      if (node.nodeType === 1) {
        return node;
      }
    }
    return null;
  }

  /* Puts the whole article in the page. */
  window.mastheadShow = function (html) {
    var c = document.getElementById('content');
    if (!c) {
      return;
    }
    window.mastheadPart = null;
    c.innerHTML = html;
    window.mastheadMarks = null;
    if (window.mastheadTypeset) {
      window.mastheadTypeset(c);
    }
  };

  /* Puts part of a long article in the page: html holds blocks [from, from + held), with
     `before` blocks above them and `after` below. The spacers get the height those blocks would
     have at the held ones' average. Block `anchor` of the article then goes `offset` pixels below
     the top of the view; with no anchor (-1) the page keeps its scroll position. */
  window.mastheadShowPart = function (html, from, held, before, after, anchor, offset) {
    var c = document.getElementById('content');
    if (!c) {
      return;
    }
    // Until the spacers have their height the page is short. It must not get shorter than it was:
    // WebKit would pull the scroll position up to fit, and a drag of the scroll bar under way would
    // carry on from there, near the top.
    var keepY = window.scrollY;
    c.style.minHeight = c.offsetHeight + 'px';
    c.innerHTML = html;
    window.mastheadMarks = null;
    if (window.mastheadTypeset) {
      window.mastheadTypeset(c);
    }
    var top = document.getElementById('mh-before');
    var bottom = document.getElementById('mh-after');
    var each = held > 0 ? (bottom.offsetTop - (top.offsetTop + top.offsetHeight)) / held : 0;
    top.style.height = Math.round(each * before) + 'px';
    bottom.style.height = Math.round(each * after) + 'px';
    c.style.minHeight = '';
    window.mastheadPart = { from: from, held: held, before: before, after: after };
    var el = anchor >= from && anchor < from + held ? blockElement(anchor - from) : null;
    if (el) {
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - offset);
    } else {
      window.scrollTo(0, keepY);
    }
    window.mastheadSliding = false;
  };

  /* A patch moved which blocks the page holds; the spacers keep their height. Returns nothing:
     an object handed back to Java makes WebKit collect garbage when Java drops it. */
  window.mastheadPartIs = function (from, held, after) {
    if (window.mastheadPart) {
      window.mastheadPart = { from: from, held: held, before: from, after: after };
    }
  };

  /* After a scroll, asks for another part when the view is within a screen of a spacer: for the
     block at the top of the view, or, inside a spacer, the block that would be there. */
  function onScroll() {
    var part = window.mastheadPart;
    if (!part || window.mastheadSliding || !window.mastheadLinks) {
      return;
    }
    var top = document.getElementById('mh-before');
    var bottom = document.getElementById('mh-after');
    var screen = window.innerHeight;
    var y = window.scrollY;
    var heldTop = top.offsetTop + top.offsetHeight;
    var heldBottom = bottom.offsetTop;
    var nearTop = part.before > 0 && y < heldTop + screen;
    var nearBottom = part.after > 0 && y + screen > heldBottom - screen;
    if (!nearTop && !nearBottom) {
      return;
    }
    var anchor = -1;
    var offset = 0;
    if (part.before > 0 && y < heldTop) {
      anchor = Math.floor(part.before * Math.max(0, y - top.offsetTop) / Math.max(1, top.offsetHeight));
    } else if (part.after > 0 && y >= heldBottom) {
      anchor = part.from + part.held + Math.floor(part.after * (y - heldBottom) / Math.max(1, bottom.offsetHeight));
    } else {
      for (var i = 0; i < part.held; i++) {
        var el = blockElement(i);
        if (el && el.getBoundingClientRect().bottom > 0) {
          anchor = part.from + i;
          offset = el.getBoundingClientRect().top;
          break;
        }
      }
    }
    if (anchor >= 0) {
      window.mastheadSliding = true;
      window.mastheadLinks.slide(anchor, offset);
    }
  }
  window.addEventListener('scroll', onScroll);

  /* Links never navigate the preview: a click goes to Java, which opens articles in Masthead and
     other links in the browser. A link to a heading the page does not hold asks for its part. */
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a[href]') : null;
    if (!a) {
      return;
    }
    e.preventDefault();
    var href = a.getAttribute('href');
    if (href.charAt(0) !== '#') {
      window.mastheadLinks.follow(href);
      return;
    }
    var id = decodeURIComponent(href.substring(1));
    var target = document.getElementById(id);
    if (target) {
      target.scrollIntoView();
    } else if (window.mastheadPart) {
      window.mastheadLinks.jump(id);
    }
  }, true);

  /* Scrolls so that the last block starting at or before source line `line` is at the top. */
  window.mastheadScrollToLine = function (line) {
    var best = null;
    var blocks = document.querySelectorAll('#content [data-source-line]');
    for (var i = 0; i < blocks.length; i++) {
      if (parseInt(blocks[i].getAttribute('data-source-line'), 10) <= line) {
        best = blocks[i];
      } else {
        break;
      }
    }
    if (line <= 1 || !best) {
      window.scrollTo(0, 0);
      return;
    }
    window.scrollTo(0, best.getBoundingClientRect().top + window.scrollY - 8);
  };
})();
