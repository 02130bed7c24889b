/* global window, document, fetch, FormData, URLSearchParams */
/* DUBU demo (fictional): shared page behaviour. Host shortcuts, the letter toolbar and the
 * "Gem kladde" form post. Kept deliberately vendor-like: global listeners on document that
 * look only at event.target, as many real case systems do, so a leaking keystroke shows. */
(function () {
  'use strict';

  // What the host saw, for the E2E tests (read with page.evaluate in the page's own world).
  var host = (window.__demoHost = window.__demoHost || { system: 'dubu', shortcuts: [], saves: 0 });

  function isTyping(target) {
    if (!target || !target.tagName) return false;
    var tag = target.tagName.toLowerCase();
    return tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable;
  }

  // ---- Help overlay ("?") -------------------------------------------------------------
  var overlay = document.getElementById('hjaelp-overlay');
  function openHelp() {
    if (!overlay) return;
    overlay.hidden = false;
    var close = overlay.querySelector('button');
    if (close) close.focus();
  }
  function closeHelp() {
    if (overlay) overlay.hidden = true;
  }
  if (overlay) {
    overlay.addEventListener('click', function (e) {
      if (e.target === overlay || (e.target.closest && e.target.closest('[data-luk]'))) closeHelp();
    });
  }
  var helpLink = document.getElementById('hjaelp-link');
  if (helpLink) {
    helpLink.addEventListener('click', function (e) {
      e.preventDefault();
      openHelp();
    });
  }

  // ---- Status line --------------------------------------------------------------------
  function showStatus(text, ok) {
    var el = document.getElementById('gem-status');
    if (!el) return;
    el.textContent = text;
    el.className = 'statusbesked ' + (ok ? 'ok' : 'fejl');
    el.hidden = false;
  }

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }

  // ---- Save the form ("Gem kladde", also Ctrl+S) -----------------------------------------
  var form = document.querySelector('form[data-gem]');
  function save() {
    if (!form) {
      showStatus('Der er intet at gemme på denne side.', false);
      return;
    }
    var data = new URLSearchParams();
    var fd = new FormData(form);
    fd.forEach(function (value, key) {
      data.append(key, String(value));
    });
    var editor = document.getElementById('brevtekst');
    if (editor) data.set('brevtekst', editor.innerText);
    showStatus('Gemmer …', true);
    fetch(form.getAttribute('action'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: data.toString(),
    })
      .then(function (res) {
        return res.json();
      })
      .then(function (json) {
        if (!json || !json.ok) throw new Error('ikke gemt');
        host.saves++;
        var now = new Date();
        showStatus('Kladden er gemt kl. ' + two(now.getHours()) + ':' + two(now.getMinutes()) + '.', true);
      })
      .catch(function () {
        showStatus('Kladden kunne ikke gemmes. Prøv igen.', false);
      });
  }
  if (form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      save();
    });
  }

  // ---- Host keyboard shortcuts -----------------------------------------------------------
  document.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 's' || e.key === 'S')) {
      e.preventDefault();
      host.shortcuts.push('ctrl+s');
      save();
      return;
    }
    if (e.key === 'Escape' && overlay && !overlay.hidden) {
      closeHelp();
      return;
    }
    if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
      e.preventDefault();
      host.shortcuts.push('?');
      openHelp();
    }
  });

  // ---- Letter editor toolbar: own selection handling (no execCommand) --------------------
  var editor = document.getElementById('brevtekst');

  function selectionRange() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || !editor) return null;
    var range = sel.getRangeAt(0);
    return editor.contains(range.commonAncestorContainer) ? range : null;
  }

  function closestIn(node, selector) {
    var el = node.nodeType === 1 ? node : node.parentElement;
    el = el && el.closest(selector);
    return el && editor.contains(el) && el !== editor ? el : null;
  }

  function unwrap(el) {
    var parent = el.parentNode;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
  }

  function toggleInline(tagName) {
    var range = selectionRange();
    if (!range) return;
    var existing = closestIn(range.commonAncestorContainer, tagName);
    if (existing) {
      unwrap(existing);
      return;
    }
    if (range.collapsed) return;
    var wrapper = document.createElement(tagName);
    wrapper.appendChild(range.extractContents());
    range.insertNode(wrapper);
    var sel = window.getSelection();
    var again = document.createRange();
    again.selectNodeContents(wrapper);
    sel.removeAllRanges();
    sel.addRange(again);
  }

  function toggleList() {
    var range = selectionRange();
    if (!range) return;
    var li = closestIn(range.startContainer, 'li');
    if (li) {
      // Back to paragraphs: every item of this list becomes a <p>.
      var list = li.parentNode;
      while (list.firstChild) {
        var item = list.firstChild;
        if (item.nodeType === 1) {
          var p = document.createElement('p');
          while (item.firstChild) p.appendChild(item.firstChild);
          list.parentNode.insertBefore(p, list);
        }
        list.removeChild(item);
      }
      list.parentNode.removeChild(list);
      return;
    }
    var block = closestIn(range.startContainer, 'p, h3, div');
    if (!block) return;
    var ul = document.createElement('ul');
    var newItem = document.createElement('li');
    while (block.firstChild) newItem.appendChild(block.firstChild);
    ul.appendChild(newItem);
    block.parentNode.replaceChild(ul, block);
  }

  var toolbar = document.querySelector('.rte-toolbar');
  if (toolbar && editor) {
    // Keep the selection in the editor when a toolbar button is pressed.
    toolbar.addEventListener('mousedown', function (e) {
      if (e.target.closest('button')) e.preventDefault();
    });
    toolbar.addEventListener('click', function (e) {
      var button = e.target.closest('button[data-kommando]');
      if (!button) return;
      var cmd = button.getAttribute('data-kommando');
      if (cmd === 'fed') toggleInline('strong');
      else if (cmd === 'kursiv') toggleInline('em');
      else if (cmd === 'liste') toggleList();
      editor.focus();
    });
  }

  // ---- Dates in the date fields: a tiny picker stand-in ----------------------------------
  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('button.kalender');
    if (!button) return;
    var input = button.previousElementSibling;
    if (input) input.focus();
  });
})();
