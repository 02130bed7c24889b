/* global window, document, fetch, FormData, history, location, setTimeout */
/* Nexus demo (fictional): a single-page app with History API routing. Every screen is built
 * in the browser from window.NX_DATA, so the DOM changes without page loads, the way the
 * real elderly-care systems behave. DOM is built with createElement only (no HTML strings). */
(function () {
  'use strict';

  var DATA = window.NX_DATA;
  var app = document.getElementById('nx-app');
  var main = document.getElementById('nx-main');
  var host = (window.__demoHost = window.__demoHost || { system: 'nexus', shortcuts: [], saves: 0, renders: 0 });
  var renderToken = 0;

  // ---- Tiny DOM helper ------------------------------------------------------------------
  function h(tag, props) {
    var el = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        var value = props[key];
        if (value === undefined || value === null || value === false) return;
        if (key === 'class') el.className = value;
        else if (key === 'text') el.textContent = value;
        // Values go in as attributes (and textarea text) so a serialised snapshot keeps them.
        else if (key === 'value') {
          if (tag === 'textarea') el.textContent = value;
          else el.setAttribute('value', value);
        }
        else if (key.slice(0, 2) === 'on') el.addEventListener(key.slice(2), value);
        else el.setAttribute(key, value === true ? '' : String(value));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }
  function append(el, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) child.forEach(function (c) { append(el, c); });
    else if (typeof child === 'string' || typeof child === 'number') el.appendChild(document.createTextNode(String(child)));
    else el.appendChild(child);
  }

  var uid = 0;
  function nextId(prefix) {
    uid += 1;
    return prefix + '-' + uid;
  }

  // ---- Routing ----------------------------------------------------------------------------
  var TABS = [
    ['overblik', 'Overblik'],
    ['funktionsevne', 'Funktionsevne'],
    ['bevilling', 'Bevilling'],
    ['afgoerelse', 'Afgørelse'],
    ['afgoerelse-rig', 'Afgørelse (editor)'],
  ];

  function parseRoute(pathname) {
    var m = /^\/nexus\/borger\/(\d+)\/([a-z-]+)\/?$/.exec(pathname);
    if (m) return { kind: 'borger', id: m[1], tab: m[2] };
    m = /^\/nexus\/borger\/(\d+)\/?$/.exec(pathname);
    if (m) return { kind: 'redirect', to: '/nexus/borger/' + m[1] + '/overblik' };
    if (pathname === '/nexus' || pathname === '/nexus/' || pathname === '/nexus/index.html') return { kind: 'dashboard' };
    return { kind: 'notfound' };
  }

  function navigate(url, replace) {
    if (url === location.pathname + location.search) return;
    if (replace) history.replaceState({ nx: true }, '', url);
    else history.pushState({ nx: true }, '', url);
    render();
  }

  document.addEventListener('click', function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var a = e.target.closest && e.target.closest('a[href]');
    if (!a || a.target === '_blank') return;
    var url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname.indexOf('/nexus') !== 0) return;
    e.preventDefault();
    navigate(url.pathname + url.search);
  });
  window.addEventListener('popstate', render);

  // ---- Shell: user, citizen list, search -----------------------------------------------------
  document.getElementById('nx-user').textContent = DATA.user.name + ' · ' + DATA.user.role;

  var list = document.getElementById('nx-citizen-list');
  DATA.order.forEach(function (id) {
    var c = DATA.citizens[id];
    list.appendChild(
      h('li', { class: 'nx-citizen-list__item', 'data-borger': id },
        h('a', { href: '/nexus/borger/' + id + '/overblik', class: 'nx-citizen-list__link' },
          h('span', { class: 'nx-avatar', 'aria-hidden': 'true', text: c.initials }),
          h('span', { class: 'nx-citizen-list__text' },
            h('span', { class: 'nx-citizen-list__name', text: c.name }),
            h('span', { class: 'nx-citizen-list__meta', text: c.age + ' år · ' + c.bevilling.omraade })))));
  });

  var search = document.getElementById('nx-search');
  var results = document.getElementById('nx-search-results');
  function matches(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    return DATA.order.filter(function (id) {
      var c = DATA.citizens[id];
      return c.name.toLowerCase().indexOf(q) !== -1 || id.indexOf(q) === 0;
    });
  }
  function showResults() {
    var found = matches(search.value);
    results.replaceChildren();
    found.forEach(function (id, i) {
      var c = DATA.citizens[id];
      results.appendChild(h('li', { role: 'option', class: 'nx-search__result', 'aria-selected': i === 0 ? 'true' : 'false', 'data-borger': id },
        h('strong', { text: c.name }), ' ', h('span', { class: 'nx-muted', text: c.address })));
    });
    if (search.value.trim() && !found.length) results.appendChild(h('li', { class: 'nx-search__empty', text: 'Ingen borgere fundet' }));
    results.hidden = !search.value.trim();
    search.setAttribute('aria-expanded', results.hidden ? 'false' : 'true');
  }
  function closeResults() {
    results.hidden = true;
    search.setAttribute('aria-expanded', 'false');
  }
  search.addEventListener('input', showResults);
  search.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') {
      var first = matches(search.value)[0];
      if (first) {
        search.value = '';
        closeResults();
        search.blur();
        navigate('/nexus/borger/' + first + '/overblik');
      }
    } else if (e.key === 'Escape') {
      search.value = '';
      closeResults();
      search.blur();
    }
  });
  results.addEventListener('mousedown', function (e) {
    var li = e.target.closest('[data-borger]');
    if (!li) return;
    e.preventDefault();
    search.value = '';
    closeResults();
    navigate('/nexus/borger/' + li.getAttribute('data-borger') + '/overblik');
  });
  search.addEventListener('blur', function () { setTimeout(closeResults, 100); });

  // ---- Host shortcut: "/" focuses the citizen search (when not typing) -----------------------
  function isTyping(target) {
    if (!target || !target.tagName) return false;
    var tag = target.tagName.toLowerCase();
    return tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable;
  }
  document.addEventListener('keydown', function (e) {
    if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
      e.preventDefault();
      host.shortcuts.push('/');
      search.focus();
      search.select();
    }
  });

  // ---- Toasts ----------------------------------------------------------------------------
  function toast(text, kind) {
    var box = document.getElementById('nx-toasts');
    var t = h('div', { class: 'nx-toast nx-toast--' + (kind || 'success'), role: 'status', text: text });
    box.appendChild(t);
    setTimeout(function () { t.remove(); }, 5000);
  }

  function postJson(url, body) {
    return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (res) { return res.json(); })
      .then(function (json) {
        if (!json || !json.ok) throw new Error('ikke gemt');
        host.saves++;
        return json;
      });
  }

  // ---- Shared pieces ----------------------------------------------------------------------------
  function card(title, body, extraClass) {
    var titleId = nextId('nx-card-title');
    return h('nx-card', { class: 'nx-card' + (extraClass ? ' ' + extraClass : ''), role: 'region', 'aria-labelledby': titleId },
      h('h3', { class: 'nx-card__title', id: titleId, text: title }),
      h('div', { class: 'nx-card__body' }, body));
  }

  function citizenHeader(c) {
    return h('section', { class: 'nx-citizen-header', 'aria-label': 'Borger' },
      h('span', { class: 'nx-avatar nx-avatar--large', 'aria-hidden': 'true', text: c.initials }),
      h('div', { class: 'nx-citizen-header__main' },
        h('h1', { class: 'nx-citizen-header__name', text: c.name }),
        h('div', { class: 'nx-citizen-header__meta' },
          h('span', { text: c.age + ' år' }), h('span', { text: c.address }), h('span', { text: 'Tlf. ' + c.phone }))),
      h('div', { class: 'nx-citizen-header__flags' }, c.flags.map(function (f) { return h('span', { class: 'nx-chip', text: f }); })));
  }

  function tabs(c, active) {
    return h('nav', { class: 'nx-tabs', 'aria-label': 'Borgerens faneblade' },
      TABS.map(function (t) {
        var isActive = t[0] === active;
        return h('a', {
          class: 'nx-tabs__tab' + (isActive ? ' nx-tabs__tab--active' : ''),
          href: '/nexus/borger/' + c.id + '/' + t[0],
          'aria-current': isActive ? 'page' : null,
          text: t[1],
        });
      }));
  }

  /** A read-only label/value pair tied together with aria-labelledby. */
  function readonlyField(label, value, key) {
    var id = 'nx-ro-' + key;
    return h('nx-field', { class: 'nx-field nx-field--readonly' },
      h('span', { class: 'nx-field__label', id: id, text: label }),
      h('div', { class: 'nx-field__value', 'aria-labelledby': id, 'data-field': key, text: value }));
  }

  function contextPanel(b) {
    return card('Afgørelsen vedrører', h('div', { class: 'nx-grid nx-grid--3' },
      readonlyField('Område', b.omraade, 'omraade'),
      readonlyField('Lovgrundlag', b.lovgrundlag, 'lovgrundlag'),
      readonlyField('Indsats', b.indsats, 'indsats'),
      readonlyField('Omfang', b.omfang, 'omfang'),
      readonlyField('Afgørelsestype', b.afgoerelsestype, 'afgoerelsestype'),
      readonlyField('Ansøgningsdato', b.ansoegningsdato, 'ansoegningsdato')), 'nx-card--context');
  }

  // ---- Views ------------------------------------------------------------------------------
  function viewDashboard() {
    return h('div', { class: 'nx-page' },
      h('h1', { class: 'nx-page__title', text: 'Mit arbejde' }),
      h('div', { class: 'nx-grid nx-grid--2' },
        card('Opgaver', h('ul', { class: 'nx-tasklist' },
          h('li', null, h('a', { href: '/nexus/borger/4711/bevilling', text: 'Visitér praktisk hjælp – Aase Mikkelsen' }), h('span', { class: 'nx-badge nx-badge--warn', text: 'Frist 27.11.2026' })),
          h('li', null, h('a', { href: '/nexus/borger/5120/afgoerelse-rig', text: 'Skriv afgørelse om personlig pleje – Poul Vestergaard' }), h('span', { class: 'nx-badge', text: 'Frist 30.11.2026' })),
          h('li', null, h('a', { href: '/nexus/borger/6032/afgoerelse', text: 'Afgørelse efter opfølgning – Jannik Storm' }), h('span', { class: 'nx-badge', text: 'Frist 04.12.2026' })))),
        card('Beskeder', h('ul', { class: 'nx-plainlist' },
          h('li', { text: 'Ny kvalitetsstandard for praktisk hjælp er godkendt.' }),
          h('li', { text: 'Husk opfølgningsmøde om den nye metode torsdag kl. 13.' })))));
  }

  function viewNotFound() {
    return h('div', { class: 'nx-page' }, h('h1', { class: 'nx-page__title', text: 'Siden findes ikke' }),
      h('p', null, 'Vælg en borger i borgerlisten til venstre.'));
  }

  function viewOverblik(c) {
    return h('div', { class: 'nx-grid nx-grid--2' },
      card('Stamdata', h('dl', { class: 'nx-deflist' },
        h('dt', { text: 'Adresse' }), h('dd', { text: c.address }),
        h('dt', { text: 'Telefon' }), h('dd', { text: c.phone }),
        h('dt', { text: 'Kontaktperson' }), h('dd', { text: c.contact.name + ' (' + c.contact.relation + '), tlf. ' + c.contact.phone }),
        h('dt', { text: 'Egen læge' }), h('dd', { text: c.doctor }),
        h('dt', { text: 'Organisation' }), h('dd', { text: c.team }))),
      card('Borgerens forløb', h('ul', { class: 'nx-pathways' }, c.forloeb.map(function (f) {
        return h('li', { class: 'nx-pathways__item' }, h('span', { class: 'nx-pathways__name', text: f.navn }),
          h('span', { class: 'nx-muted', text: 'Start ' + f.start }),
          h('span', { class: 'nx-badge' + (f.status === 'Aktivt' ? ' nx-badge--ok' : ''), text: f.status }));
      }))),
      card('Aktive bevillinger', h('table', { class: 'nx-table' },
        h('thead', null, h('tr', null, ['Ydelse', 'Tid og hyppighed', 'Periode', 'Leverandør', 'Status'].map(function (t) { return h('th', { scope: 'col', text: t }); }))),
        h('tbody', null, c.bevillinger.map(function (b) {
          return h('tr', null, h('td', { text: b.ydelse }), h('td', { text: b.tid }), h('td', { text: b.periode }), h('td', { text: b.leverandoer }),
            h('td', null, h('span', { class: 'nx-badge' + (b.status === 'Aktiv' ? ' nx-badge--ok' : ' nx-badge--warn'), text: b.status })));
        }))), 'nx-card--wide'),
      card('Observationer', h('ul', { class: 'nx-plainlist' }, c.observations.map(function (o) {
        return h('li', null, h('span', { class: 'nx-muted', text: o.dato + ' ' }), o.tekst);
      }))));
  }

  function viewFunktionsevne(c) {
    var legend = h('ul', { class: 'nx-legend' }, Object.keys(DATA.levels).map(function (k) {
      return h('li', null, h('span', { class: 'nx-level nx-level--' + k, text: k }), ' ' + DATA.levels[k]);
    }));
    var rows = [];
    c.funktionsevne.forEach(function (area) {
      rows.push(h('tr', { class: 'nx-table__group' }, h('th', { colspan: '5', scope: 'rowgroup', text: area.code + ' ' + area.name })));
      area.rows.forEach(function (r) {
        rows.push(h('tr', null,
          h('td', { text: r.name }),
          h('td', null, h('span', { class: 'nx-level nx-level--' + r.level, title: DATA.levels[r.level], text: String(r.level) })),
          h('td', { text: r.udfoerelse }),
          h('td', { text: r.betydning }),
          h('td', { class: 'nx-muted', text: '' })));
      });
      if (area.own) rows.push(h('tr', { class: 'nx-table__own' }, h('td', { colspan: '5' }, h('em', { text: 'Borgerens vurdering: ' }), '“' + area.own + '”')));
    });
    return h('div', { class: 'nx-stack' },
      card('Funktionsevnetilstande (FSIII)', [
        h('table', { class: 'nx-table nx-table--fsiii' },
          h('thead', null, h('tr', null, ['Tilstand', 'Niveau (0–4)', 'Udførelse', 'Betydning', 'Note'].map(function (t) { return h('th', { scope: 'col', text: t }); }))),
          h('tbody', null, rows)),
        legend,
      ]),
      card('Borgerens egen vurdering', h('p', { text: c.egenVurdering })));
  }

  // Indsats combobox: an input with a popup listbox (ARIA 1.2 pattern), as vendor UIs have.
  function indsatsCombobox(b, labelId, onPick) {
    var listId = nextId('nx-indsats-list');
    var input = h('input', {
      id: 'nx-indsats', class: 'nx-input', type: 'text', role: 'combobox', autocomplete: 'off',
      'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, 'aria-labelledby': labelId,
      name: 'indsats', value: b.indsats,
    });
    var listbox = h('ul', { id: listId, class: 'nx-combobox__list', role: 'listbox', hidden: true });
    var active = -1;
    function options() {
      var area = DATA.catalogue[b.omraade] || DATA.catalogue['Ældre'];
      var q = input.value.trim().toLowerCase();
      var all = area.filter(function (o) { return !q || o.name.toLowerCase().indexOf(q) !== -1; });
      return all.length ? all : area;
    }
    function open() {
      listbox.replaceChildren();
      options().forEach(function (o, i) {
        listbox.appendChild(h('li', { role: 'option', id: listId + '-' + i, class: 'nx-combobox__option', 'data-kode': o.code, 'aria-selected': i === active ? 'true' : 'false' },
          h('span', { text: o.name }), o.code ? h('span', { class: 'nx-muted', text: ' ' + o.code }) : null));
      });
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
    function close() {
      listbox.hidden = true;
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }
    function pick(li) {
      input.value = li.firstChild.textContent;
      onPick(li.getAttribute('data-kode'));
      close();
    }
    input.addEventListener('focus', open);
    input.addEventListener('input', function () { active = -1; open(); });
    input.addEventListener('blur', function () { setTimeout(close, 120); });
    input.addEventListener('keydown', function (e) {
      var items = listbox.querySelectorAll('[role=option]');
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (listbox.hidden) open();
        active = (active + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
        items.forEach(function (li, i) { li.setAttribute('aria-selected', i === active ? 'true' : 'false'); });
        input.setAttribute('aria-activedescendant', items[active].id);
      } else if (e.key === 'Enter' && !listbox.hidden && active >= 0) {
        e.preventDefault();
        pick(items[active]);
      } else if (e.key === 'Escape') {
        close();
      }
    });
    listbox.addEventListener('mousedown', function (e) {
      var li = e.target.closest('[role=option]');
      if (li) { e.preventDefault(); pick(li); }
    });
    return h('nx-combobox', { class: 'nx-combobox' }, input, h('span', { class: 'nx-combobox__caret', 'aria-hidden': 'true', text: '▾' }), listbox);
  }

  function selectOf(options, selected, attrs) {
    return h('select', attrs, options.map(function (o) { return h('option', { selected: o === selected, text: o }); }));
  }

  function viewBevilling(c) {
    var b = c.bevilling;
    var fsiiiInput = h('input', { id: 'nx-fsiii', class: 'nx-input nx-input--floating', name: 'fsiii', placeholder: ' ', value: b.fsiii });
    var form = h('form', { class: 'nx-form', id: 'nx-bevilling-form', action: '/nexus/api/bevilling', method: 'post', novalidate: true },
      h('div', { class: 'nx-grid nx-grid--2' },
        h('nx-field', { class: 'nx-field' },
          h('span', { class: 'nx-field__label', id: 'nx-lbl-omraade', text: 'Område' }),
          selectOf(DATA.areaNames, b.omraade, { class: 'nx-select', name: 'omraade', 'aria-labelledby': 'nx-lbl-omraade' })),
        h('nx-field', { class: 'nx-field' },
          h('label', { class: 'nx-field__label', for: 'nx-lovgrundlag', text: 'Lovgrundlag' }),
          selectOf(DATA.laws, b.lovgrundlag, { class: 'nx-select', id: 'nx-lovgrundlag', name: 'lovgrundlag' })),
        h('nx-field', { class: 'nx-field nx-field--combobox' },
          h('span', { class: 'nx-field__label', id: 'nx-lbl-indsats', text: 'Indsats' }),
          indsatsCombobox(b, 'nx-lbl-indsats', function (code) { fsiiiInput.value = code; })),
        h('label', { class: 'nx-float' },
          fsiiiInput,
          h('span', { class: 'nx-field__label', text: 'FSIII-kode' })),
        h('div', { class: 'nx-float' },
          h('input', { id: 'nx-omfang', class: 'nx-input nx-input--floating', name: 'omfang', placeholder: ' ', value: b.omfang }),
          h('label', { class: 'nx-field__label', for: 'nx-omfang', text: 'Omfang' })),
        h('nx-field', { class: 'nx-field' },
          h('span', { class: 'nx-field__label', id: 'nx-lbl-afgtype', text: 'Afgørelsestype' }),
          selectOf(DATA.decisionTypes, b.afgoerelsestype, { class: 'nx-select', name: 'afgoerelsestype', 'aria-labelledby': 'nx-lbl-afgtype' })),
        h('nx-field', { class: 'nx-field' },
          h('span', { class: 'nx-field__label', id: 'nx-lbl-ansdato', text: 'Ansøgningsdato' }),
          h('nx-datepicker', { class: 'nx-datepicker' },
            h('input', { class: 'nx-input', name: 'ansoegningsdato', 'aria-labelledby': 'nx-lbl-ansdato', value: b.ansoegningsdato, inputmode: 'numeric' }),
            h('button', { type: 'button', class: 'nx-icon-button', 'aria-label': 'Vælg dato', text: '▦' }))),
        h('nx-field', { class: 'nx-field' },
          h('span', { class: 'nx-field__label', id: 'nx-lbl-lev', text: 'Leverandør' }),
          selectOf(['Bøgelund Hjemmepleje', 'Renhold Bøgelund ApS', 'Køkkenet Bøgely', 'Bostøtteteamet'], b.leverandoer, { class: 'nx-select', name: 'leverandoer', 'aria-labelledby': 'nx-lbl-lev' })),
        h('nx-field', { class: 'nx-field' },
          h('span', { class: 'nx-field__label', id: 'nx-lbl-start', text: 'Startdato' }),
          h('input', { class: 'nx-input', name: 'start', 'aria-labelledby': 'nx-lbl-start', value: b.start })),
        h('nx-field', { class: 'nx-field' },
          h('span', { class: 'nx-field__label', id: 'nx-lbl-revurdering', text: 'Revurderingsdato' }),
          h('input', { class: 'nx-input', name: 'revurdering', 'aria-labelledby': 'nx-lbl-revurdering', value: b.revurdering }))),
      h('nx-field', { class: 'nx-field nx-field--wide' },
        h('span', { class: 'nx-field__label', id: 'nx-lbl-bem', text: 'Bemærkning til bevillingen' }),
        h('textarea', { class: 'nx-textarea', name: 'bemaerkning', rows: '3', 'aria-labelledby': 'nx-lbl-bem', text: b.bemaerkning })),
      h('div', { class: 'nx-actions' },
        h('button', { type: 'submit', class: 'nx-button nx-button--primary', id: 'nx-gem-bevilling', text: 'Gem bevilling' }),
        h('a', { class: 'nx-button', href: '/nexus/borger/' + c.id + '/afgoerelse', text: 'Skriv afgørelse' }),
        h('button', { type: 'button', class: 'nx-button', disabled: true, text: 'Send til visitationsudvalg' })));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var fd = new FormData(form);
      var body = { borger: c.id };
      fd.forEach(function (v, k) { body[k] = String(v); });
      postJson(form.getAttribute('action'), body)
        .then(function () {
          ['omraade', 'lovgrundlag', 'indsats', 'fsiii', 'omfang', 'afgoerelsestype', 'ansoegningsdato', 'leverandoer', 'start', 'revurdering', 'bemaerkning']
            .forEach(function (k) { if (k in body) b[k] = body[k]; });
          toast('Bevillingen er gemt.');
        })
        .catch(function () { toast('Bevillingen kunne ikke gemmes.', 'error'); });
    });
    return h('div', { class: 'nx-stack' },
      card('Bevilling af indsats', form),
      card('Borgerens egen vurdering', h('p', { text: c.egenVurdering })));
  }

  function letterAsText(letter) {
    return letter.map(function (part) { return part.h || part.p; }).join('\n\n');
  }

  function letterActions(c, getText) {
    var saveButton = h('button', { type: 'button', class: 'nx-button nx-button--primary', text: 'Gem kladde' });
    saveButton.addEventListener('click', function () {
      postJson('/nexus/api/afgoerelse', { borger: c.id, tekst: getText() })
        .then(function () { toast('Afgørelsen er gemt som kladde.'); })
        .catch(function () { toast('Afgørelsen kunne ikke gemmes.', 'error'); });
    });
    return h('div', { class: 'nx-actions' }, saveButton,
      h('button', { type: 'button', class: 'nx-button', disabled: true, text: 'Send med Digital Post' }),
      h('button', { type: 'button', class: 'nx-button', disabled: true, text: 'Vis som PDF' }));
  }

  function viewAfgoerelse(c) {
    var textarea = h('textarea', {
      id: 'nx-brev', class: 'nx-textarea nx-textarea--letter', name: 'brev', rows: '26', spellcheck: 'true',
      'aria-labelledby': 'nx-lbl-brev', value: c.letterDraft !== undefined ? c.letterDraft : letterAsText(c.letter),
    });
    textarea.addEventListener('input', function () { c.letterDraft = textarea.value; });
    return h('div', { class: 'nx-stack' },
      contextPanel(c.bevilling),
      card('Afgørelsesbrev', [
        h('nx-field', { class: 'nx-field nx-field--letter' },
          h('span', { class: 'nx-field__label', id: 'nx-lbl-brev', text: 'Brevtekst' }),
          textarea),
        letterActions(c, function () { return textarea.value; }),
      ]));
  }

  // The rich editor: a same-origin iframe in design mode with the toolbar in the parent.
  function buildLetterInto(doc, letter) {
    var body = doc.body;
    body.replaceChildren();
    letter.forEach(function (part) {
      if (part.h) {
        var h3 = doc.createElement('h3');
        h3.textContent = part.h;
        body.appendChild(h3);
        return;
      }
      var p = doc.createElement('p');
      part.p.split('\n').forEach(function (line, i) {
        if (i > 0) p.appendChild(doc.createElement('br'));
        p.appendChild(doc.createTextNode(line));
      });
      body.appendChild(p);
    });
  }

  function viewAfgoerelseRig(c, done) {
    var frame = h('iframe', {
      id: 'nx-rte-frame', class: 'nx-rte__frame', title: 'Afgørelsesbrev – editor',
      src: '/nexus/assets/rte-frame.html', 'aria-labelledby': 'nx-lbl-rte',
    });
    var wrapper = h('div', { class: 'nx-rte', 'data-klar': 'nej' });
    var COMMANDS = [
      ['bold', 'F', 'Fed'], ['italic', 'K', 'Kursiv'], ['underline', 'U', 'Understreget'],
      ['insertUnorderedList', '• Liste', 'Punktopstilling'], ['insertOrderedList', '1. Liste', 'Nummereret liste'],
      ['undo', '↶', 'Fortryd'], ['redo', '↷', 'Gentag'],
    ];
    var toolbar = h('div', { class: 'nx-rte__toolbar', role: 'toolbar', 'aria-label': 'Formatering' },
      COMMANDS.map(function (cmd) {
        return h('button', { type: 'button', class: 'nx-rte__button', 'data-command': cmd[0], title: cmd[2], 'aria-label': cmd[2], text: cmd[1] });
      }));
    toolbar.addEventListener('mousedown', function (e) { if (e.target.closest('button')) e.preventDefault(); });
    toolbar.addEventListener('click', function (e) {
      var button = e.target.closest('button[data-command]');
      var doc = frame.contentDocument;
      if (!button || !doc) return;
      frame.contentWindow.focus();
      doc.execCommand(button.getAttribute('data-command'), false, null);
    });
    var loaded = false;
    frame.addEventListener('load', function () {
      if (loaded) return;
      loaded = true;
      var doc = frame.contentDocument;
      buildLetterInto(doc, c.letter);
      doc.designMode = 'on';
      wrapper.setAttribute('data-klar', 'ja');
      done();
    });
    append(wrapper, [toolbar, frame]);
    return {
      node: h('div', { class: 'nx-stack' },
        contextPanel(c.bevilling),
        card('Afgørelsesbrev', [
          h('span', { class: 'nx-field__label nx-rte__label', id: 'nx-lbl-rte', text: 'Brev til borgeren' }),
          wrapper,
          letterActions(c, function () { return frame.contentDocument ? frame.contentDocument.body.innerText : ''; }),
        ])),
      async: true,
    };
  }

  // ---- Render ----------------------------------------------------------------------------
  function setState(state) {
    app.setAttribute('data-nx-state', state);
  }

  function markActiveCitizen(id) {
    list.querySelectorAll('.nx-citizen-list__item').forEach(function (li) {
      li.classList.toggle('nx-citizen-list__item--active', li.getAttribute('data-borger') === id);
    });
  }

  var lastCitizen = null;

  function render() {
    var token = ++renderToken;
    var route = parseRoute(location.pathname);
    if (route.kind === 'redirect') {
      history.replaceState({ nx: true }, '', route.to);
      route = parseRoute(route.to);
    }
    setState('indlaeser');
    var citizen = route.kind === 'borger' ? DATA.citizens[route.id] : null;
    var validTab = route.kind === 'borger' && TABS.some(function (t) { return t[0] === route.tab; });
    // A short, simulated fetch: the real systems render after an API call, so the DOM a
    // content script sees at load is not yet the case screen.
    var delay = citizen && citizen.id !== lastCitizen ? 150 : 60;
    main.setAttribute('aria-busy', 'true');
    if (!citizen || !validTab) {
      markActiveCitizen(null);
      lastCitizen = null;
      main.replaceChildren(route.kind === 'dashboard' ? viewDashboard() : viewNotFound());
      document.title = (route.kind === 'dashboard' ? 'Mit arbejde' : 'Siden findes ikke') + ' – Nexus';
      main.removeAttribute('aria-busy');
      setState('klar');
      host.renders++;
      return;
    }
    markActiveCitizen(citizen.id);
    var tabLabel = TABS.filter(function (t) { return t[0] === route.tab; })[0][1];
    document.title = tabLabel + ' – ' + citizen.name + ' – Nexus';
    var content = h('div', { class: 'nx-tabpanel', role: 'tabpanel' }, h('div', { class: 'nx-skeleton', text: 'Henter …' }));
    if (citizen.id !== lastCitizen || !main.querySelector('.nx-citizen-header')) {
      main.replaceChildren(citizenHeader(citizen), tabs(citizen, route.tab), content);
    } else {
      var oldTabs = main.querySelector('.nx-tabs');
      oldTabs.replaceWith(tabs(citizen, route.tab));
      main.querySelector('.nx-tabpanel').replaceWith(content);
    }
    lastCitizen = citizen.id;
    setTimeout(function () {
      if (token !== renderToken) return; // a newer navigation won
      function finished() {
        if (token !== renderToken) return;
        main.removeAttribute('aria-busy');
        setState('klar');
        host.renders++;
      }
      var view;
      if (route.tab === 'overblik') view = viewOverblik(citizen);
      else if (route.tab === 'funktionsevne') view = viewFunktionsevne(citizen);
      else if (route.tab === 'bevilling') view = viewBevilling(citizen);
      else if (route.tab === 'afgoerelse') view = viewAfgoerelse(citizen);
      else view = viewAfgoerelseRig(citizen, finished);
      content.replaceChildren(view.async ? view.node : view);
      if (!view.async) finished();
    }, delay);
  }

  render();
})();
