/* Injected into the preview's page from Java (the page's own policy runs no script). Blocks of
   the article each follow an <!--mh--> comment, and one more follows the last; the comments are
   kept in an array so that finding a block costs nothing. A long article is held in part: then
   #mh-before and #mh-after stand in for the blocks the page does not hold, and scrolling near
   them asks Java, through window.mastheadLinks.slide, for another part.
   WebKit, and KaTeX in it, run on the window's own thread, so a page of many blocks is filled in
   slices of a few milliseconds each, one per timer tick: the blocks at the view first, then
   those below, then those above (the view held in place). Edits, scrolling and links work while
   a fill is under way. */
(function () {
  'use strict';

  var MARK = '<!--mh-->';
  // milliseconds of the thread a slice may take, parsing, typesetting and laying out included;
  // window.mastheadSliceMs overrides it, so that tests can have a fast machine's one slice or a
  // slow one's slice per block on any machine
  var BUDGET = 10;
  // characters of HTML inserted between two layouts, so that a slice's layout is paid inside it
  var LAYOUT_EVERY = 2000;
  // the fill under way, or null
  var filling = null;

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
    var fill = filling;
    if (fill && (from < fill.lo || from + remove > fill.hi)) {
      // the edit reaches blocks not in the page yet: put them all in first
      fillNow();
      fill = null;
    }
    var at = fill ? from - fill.lo : from;
    var added = patchPage(at, remove, html, delta);
    if (fill) {
      var args = [from, remove];
      for (var k = 0; k < added; k++) {
        args.push(null);
      }
      Array.prototype.splice.apply(fill.blocks, args);
      fill.hi += added - remove;
      // those still to come below the edit take its line shift when they go in
      fill.delta += delta;
      fill.first = null;
      fill.end = null;
    }
  };

  /* Replaces blocks [from, from + remove) of the page with html and moves the source lines of the
     blocks after them by delta; returns how many blocks it put in. */
  function patchPage(from, remove, html, delta) {
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
    if (delta !== 0) {
      shiftAll(all[from + added.length], all[all.length - 1], delta);
    }
    return added.length;
  }

  /* Moves the source lines of the elements from node up to stop by delta. */
  function shiftAll(node, stop, delta) {
    for (var at = node; at && at !== stop; at = at.nextSibling) {
      if (at.nodeType !== 1) {
        continue;
      }
      shiftLines(at, delta);
      var inner = at.querySelectorAll('[data-source-line]');
      for (var i = 0; i < inner.length; i++) {
        shiftLines(inner[i], delta);
      }
    }
  }

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

  /* Puts the whole article in the page, from its top. */
  window.mastheadShow = function (html) {
    var c = document.getElementById('content');
    if (!c) {
      return;
    }
    window.mastheadPart = null;
    startFill(c, html, null, 0, -1, 0);
  };

  /* Puts part of a long article in the page: html holds blocks [from, from + held), with
     `before` blocks above them and `after` below. The spacers get the height those blocks would
     have at the held ones' average. Block `anchor` of the article then goes `offset` pixels below
     the top of the view; with no anchor (-1) the page keeps its scroll position. The fill starts
     at block `focus`, where the view is. */
  window.mastheadShowPart = function (html, from, held, before, after, anchor, offset, focus) {
    var c = document.getElementById('content');
    if (!c) {
      return;
    }
    startFill(c, html, { from: from, held: held, before: before, after: after }, focus - from,
        anchor >= from && anchor < from + held ? anchor - from : -1, offset);
  };

  /* Whether a fill is under way: for tests, which wait for a page to be complete. */
  window.mastheadFilling = function () {
    return filling !== null;
  };

  /* Starts filling c with html's blocks. part: the article's blocks around them, or null when
     html is the whole article. Block `focus` of html goes in first; block `anchor` (or none, -1)
     is then put `offset` pixels below the top of the view. */
  function startFill(c, html, part, focus, anchor, offset) {
    var pieces = html.split(MARK);
    // Until the spacers have their height the page is short. It must not get shorter than it was:
    // WebKit would pull the scroll position up to fit, and a drag of the scroll bar under way would
    // carry on from there, near the top.
    var keepY = window.scrollY;
    c.style.minHeight = c.offsetHeight + 'px';
    filling = null;
    window.mastheadMarks = null;
    if (pieces.length < 3 || (part && pieces.length !== part.held + 2)) {
      // no blocks, or a mark in a block's own text: the page takes it whole
      c.innerHTML = html;
      typeset(c);
      c.style.minHeight = '';
      window.mastheadPart = null;
      window.mastheadSliding = false;
      window.scrollTo(0, keepY);
      return;
    }
    var blocks = pieces.slice(1, pieces.length - 1);
    var start = Math.max(0, Math.min(focus, blocks.length - 1));
    c.innerHTML = pieces[0] + MARK + MARK + pieces[pieces.length - 1];
    typeset(c);
    var all = marks();
    var fill = {
      c: c, part: part, blocks: blocks, lo: start, hi: start, delta: 0,
      first: all[0], end: all[1], anchor: anchor, offset: offset, keepY: keepY, line: -1, placed: false,
      each: 0
    };
    // the mark before the first block held stands for the empty run of blocks
    fill.first.parentNode.removeChild(fill.first);
    fill.first = fill.end;
    window.mastheadMarks = null;
    filling = fill;
    window.mastheadSliding = true;
    step(fill, sliceBudget());
  }

  function sliceBudget() {
    return typeof window.mastheadSliceMs === 'number' ? window.mastheadSliceMs : BUDGET;
  }

  function typeset(root) {
    if (window.mastheadTypeset) {
      window.mastheadTypeset(root);
    }
  }

  /* Block i of the fill as page nodes, typeset, its source lines moved by the edits since. */
  function blockNodes(fill, i) {
    var box = document.createElement('div');
    box.innerHTML = MARK + fill.blocks[i];
    typeset(box);
    if (fill.delta !== 0 && i >= fill.hi) {
      shiftAll(box.firstChild, null, fill.delta);
    }
    return box;
  }

  function moveChildren(box, parent, before) {
    var firstNode = box.firstChild;
    while (box.firstChild) {
      parent.insertBefore(box.firstChild, before);
    }
    return firstNode;
  }

  function elementOf(fill, i) {
    if (i < fill.lo || i >= fill.hi) {
      return null;
    }
    return blockElement(i - fill.lo);
  }

  /* Puts blocks in for at most `budget` ms (all that remain when budget is Infinity). */
  function step(fill, budget) {
    if (filling !== fill) {
      return;
    }
    var t0 = Date.now();
    var n = fill.blocks.length;
    // the first block in the page: the blocks put above it, and the spacer, must not move it on screen
    var held = fill.placed ? elementOf(fill, fill.lo) : null;
    var heldTop = held ? held.getBoundingClientRect().top : 0;
    var chars = 0;
    while (fill.hi < n || fill.lo > 0) {
      if (fill.end === null || fill.first === null) {
        var all = marks();
        fill.first = all[0];
        fill.end = all[all.length - 1];
      }
      var i;
      if (fill.hi < n) {
        i = fill.hi;
        var node = moveChildren(blockNodes(fill, i), fill.end.parentNode, fill.end);
        if (fill.hi === fill.lo) {
          fill.first = node;
        }
        fill.hi++;
      } else {
        i = fill.lo - 1;
        var box = blockNodes(fill, i);
        fill.first = moveChildren(box, fill.first.parentNode, fill.first);
        fill.lo--;
      }
      window.mastheadMarks = null;
      chars += fill.blocks[i].length;
      if (chars > LAYOUT_EVERY) {
        chars = 0;
        void fill.c.offsetHeight;
      }
      if (Date.now() - t0 >= budget) {
        break;
      }
    }
    void fill.c.offsetHeight;
    if (fill.part) {
      sizeSpacers(fill);
    }
    if (!fill.placed) {
      fill.placed = true;
      place(fill);
    } else if (held) {
      window.scrollBy(0, held.getBoundingClientRect().top - heldTop);
    }
    if (fill.hi < n || fill.lo > 0) {
      setTimeout(function () { step(fill, sliceBudget()); }, 0);
    } else {
      finish(fill);
    }
  }

  /* The spacers while a part fills: the blocks not in yet count at the average height of those in. */
  function sizeSpacers(fill) {
    var top = document.getElementById('mh-before');
    var bottom = document.getElementById('mh-after');
    if (!top || !bottom) {
      return;
    }
    var inPage = fill.hi - fill.lo;
    var each = inPage > 0 ? (bottom.offsetTop - (top.offsetTop + top.offsetHeight)) / inPage : 0;
    if (!fill.placed || fill.each === 0) {
      fill.each = each;
    }
    var done = fill.hi >= fill.blocks.length && fill.lo <= 0;
    if (done) {
      fill.each = each;
    }
    top.style.height = Math.round(fill.each * (fill.part.before + fill.lo)) + 'px';
    bottom.style.height = Math.round(fill.each * (fill.part.after + fill.blocks.length - fill.hi)) + 'px';
  }

  /* The view after the first slice: the anchor where asked, or the scroll position as it was. */
  function place(fill) {
    var el = fill.anchor >= 0 ? elementOf(fill, fill.anchor) : null;
    if (el) {
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - fill.offset);
    } else {
      window.scrollTo(0, fill.keepY);
    }
  }

  function finish(fill) {
    filling = null;
    fill.c.style.minHeight = '';
    window.mastheadMarks = null;
    if (fill.part) {
      var p = fill.part;
      window.mastheadPart = { from: p.from, held: fill.blocks.length, before: p.before, after: p.after };
    }
    window.mastheadSliding = false;
    if (fill.line >= 0) {
      window.mastheadScrollToLine(fill.line);
    } else if (fill.part) {
      // Scrolls made while the part filled were not followed: the view may be near a spacer now.
      // Not at once: a fill may end inside its first slice, before Java's call that asked for it
      // has placed the view (a scroll to a line comes right after), and the position kept until
      // then would ask for a part where the view no longer is.
      setTimeout(function () {
        if (filling === null && window.mastheadPart && window.mastheadPart.from === fill.part.from) {
          onScroll();
        }
      }, 0);
    }
  }

  /* Puts in every block still to come, at once. */
  function fillNow() {
    if (filling) {
      step(filling, Infinity);
    }
  }

  /* A patch moved which blocks the page holds; the spacers keep their height. Returns nothing:
     an object handed back to Java makes WebKit collect garbage when Java drops it. */
  window.mastheadPartIs = function (from, held, after) {
    if (filling && filling.part) {
      filling.part = { from: from, held: held, before: from, after: after };
    } else if (window.mastheadPart) {
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
    fillNow();
    var target = document.getElementById(id);
    if (target) {
      target.scrollIntoView();
    } else if (window.mastheadPart) {
      window.mastheadLinks.jump(id);
    }
  }, true);

  /* Scrolls so that the last block starting at or before source line `line` is at the top. */
  window.mastheadScrollToLine = function (line) {
    if (filling) {
      // again once every block is in, which the line's block may not be yet
      filling.line = line;
    }
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
