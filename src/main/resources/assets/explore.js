/* The strategy map: draws the picture embedded in the page (#map-data) with Cytoscape.js. The page
   opens on an overview (or a focus and its neighbourhood); selecting a node opens it out with the
   JSON route explore/expand, a counting node ("1,700 actions") adds its resources a few at a time,
   and the search box finds a resource by name (explore/find). The form and the list beneath work
   without this script. */
(function () {
  'use strict';
  var dataEl = document.getElementById('map-data');
  var container = document.getElementById('strategy-map');
  if (!dataEl || !container || typeof window.cytoscape !== 'function') return;

  var data = JSON.parse(dataEl.textContent);
  var form = document.querySelector('.map-controls');
  var tools = document.querySelector('.map-tools');
  var status = document.getElementById('map-status');
  var layoutSelect = document.getElementById('map-layout');
  var findInput = document.getElementById('map-find');
  var found = document.getElementById('map-found');
  var panel = document.getElementById('map-panel');
  var route = form.action.replace(/[?#].*$/, '');

  var style = getComputedStyle(document.documentElement);
  function cssVar(name, fallback) { return style.getPropertyValue(name).trim() || fallback; }
  var ink = cssVar('--ink', '#1b1f24');
  var paper = cssVar('--paper', '#ffffff');
  var rule = cssVar('--muted', '#57606a');
  var mark = cssVar('--mark-edge', '#c99a00');

  // Labels are drawn at 13 to 17 CSS pixels at zoom 1 and hidden below READABLE pixels on screen:
  // zoomed out, only the top of the strategy keeps its names.
  var READABLE = 11;
  // The smallest label is 13 px: the first view may zoom out to where it is still READABLE, no further.
  var MIN_ZOOM = 0.85;
  var groups = {};
  data.groups.forEach(function (g) { groups[g.key] = g; });

  function shorten(s, n) { return s.length > n ? s.slice(0, n - 1).trim() + '…' : s; }

  function nodeElement(n) {
    var g = groups[n.group] || groups.Other;
    var short = shorten(n.label, 48);
    return { group: 'nodes', data: {
      id: n.id, label: n.label, short: short,
      display: n.below && n.below.length ? short + '\n' + n.below.join(' · ') : short,
      below: n.below ? n.below.join(', ') : '', kind: n.group, kindLabel: g.label, plural: g.plural,
      href: n.href || '', colour: g.colour, shape: n.count ? 'round-rectangle' : g.shape,
      count: n.count || 0, of: n.of || '', offset: 0 } };
  }
  function edgeId(e) { return e.source + ' ' + e.label + ' ' + e.target; }
  function edgeElement(e) {
    return { group: 'edges', data: { id: edgeId(e), source: e.source, target: e.target, label: e.label } };
  }

  var elements = data.nodes.map(nodeElement).concat(data.edges.map(edgeElement));
  container.hidden = false;
  tools.hidden = false;
  panel.hidden = false;

  var cy = window.cytoscape({
    container: container,
    elements: elements,
    minZoom: 0.1,
    maxZoom: 3,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', 'shape': 'data(shape)', 'width': 22, 'height': 22,
        'border-width': 1.5, 'border-color': '#1b1f24',
        'label': 'data(display)', 'font-size': 13, 'min-zoomed-font-size': READABLE, 'color': ink,
        'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': '150px',
        'text-background-color': paper, 'text-background-opacity': 0.85, 'text-background-padding': 2 } },
      { selector: 'node[kind = "Strategy"]', style: { 'width': 36, 'height': 36, 'font-size': 17, 'font-weight': 'bold' } },
      { selector: 'node[kind = "Priority"], node[kind = "Objective"]', style: { 'width': 30, 'height': 30, 'font-size': 15 } },
      { selector: 'node[count > 0]', style: { 'width': 34, 'height': 26, 'border-style': 'dashed', 'border-width': 2,
        'font-size': 14, 'font-weight': 'bold' } },
      { selector: 'edge', style: {
        'width': 1.3, 'line-color': rule, 'target-arrow-color': rule, 'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8, 'curve-style': 'bezier', 'opacity': 0.6 } },
      { selector: 'node.focus', style: { 'border-width': 4, 'border-color': mark } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': mark, 'overlay-opacity': 0.08 } },
      { selector: 'edge.near', style: { 'line-color': mark, 'target-arrow-color': mark, 'width': 2.5, 'opacity': 1 } },
      { selector: '.hidden', style: { 'display': 'none' } }
    ]
  });

  function visibleNodes() { return cy.nodes().filter(function (n) { return !n.hasClass('hidden'); }); }

  function checkedKinds() {
    var kinds = {};
    var any = false;
    form.querySelectorAll('input[name="show"]').forEach(function (box) {
      if (box.checked) { kinds[box.value] = true; any = true; }
    });
    return any ? kinds : null;
  }

  /** Hides the classes not ticked under Show (never the focus). */
  function applyShow() {
    var kinds = checkedKinds();
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        var hide = kinds && !kinds[n.data('kind')] && n.id() !== data.focus;
        if (hide) n.addClass('hidden'); else n.removeClass('hidden');
      });
    });
    say();
    remember();
  }

  function say(extra) {
    var shown = visibleNodes();
    status.textContent = shown.length + ' nodes drawn' + (extra ? '. ' + extra : '.');
  }

  /** The layout suited to what is drawn: rings around a focus, a hierarchy for a tree of the strategy, forces otherwise. */
  function chosenLayout() {
    if (data.focus) return 'concentric';
    var nodes = visibleNodes();
    var edges = cy.edges().filter(function (e) { return e.source().visible() && e.target().visible(); });
    var tree = nodes.filter('[kind = "Strategy"]').nonempty() && edges.length <= nodes.length * 1.5;
    return tree && nodes.length <= 80 ? 'breadthfirst' : 'cose';
  }

  function layoutOptions(name) {
    var roots = cy.nodes('[kind = "Strategy"]');
    var distance = {};
    if (data.focus && cy.getElementById(data.focus).nonempty()) {
      cy.elements().bfs({ roots: cy.getElementById(data.focus), directed: false,
        visit: function (v, e, u, i, depth) { distance[v.id()] = depth; } });
    }
    return {
      breadthfirst: { name: 'breadthfirst', directed: false, spacingFactor: 1.1, avoidOverlap: true,
        nodeDimensionsIncludeLabels: true, roots: roots.nonempty() ? roots : undefined },
      cose: { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
        nodeRepulsion: function () { return 12000; }, idealEdgeLength: function () { return 80; } },
      concentric: { name: 'concentric', avoidOverlap: true, minNodeSpacing: 18, nodeDimensionsIncludeLabels: true,
        concentric: function (n) {
          if (data.focus) return 10 - (distance[n.id()] === undefined ? 9 : distance[n.id()]);
          return data.groups.length - data.groups.findIndex(function (g) { return g.key === n.data('kind'); });
        },
        levelWidth: function () { return 1; } }
    }[name] || { name: 'grid' };
  }

  function layout(name, centre) {
    var options = layoutOptions(name);
    options.fit = false;
    options.eles = cy.elements().filter(function (e) { return !e.hasClass('hidden'); });
    options.eles.layout(options).run();
    if (name === 'breadthfirst') wrapLevels(options.eles.nodes());
    frame(centre);
  }

  var PAD = 30;
  var GAP = 24;
  /**
   * Breaks each level of the hierarchy that is wider than the frame into rows that fit it (left to right
   * as the layout ordered them), one under the other: the map lays out to fit at full size rather than
   * being zoomed out until its names are unreadable.
   */
  function wrapLevels(nodes) {
    var width = Math.max(200, cy.width() - 2 * PAD);
    var levels = {};
    nodes.forEach(function (n) {
      var y = Math.round(n.position('y'));
      (levels[y] = levels[y] || []).push(n);
    });
    var ys = Object.keys(levels).map(Number).sort(function (a, b) { return a - b; });
    var top = 0;
    cy.batch(function () {
      ys.forEach(function (y) {
        var row = levels[y].sort(function (a, b) { return a.position('x') - b.position('x'); });
        var lines = [[]];
        var used = 0;
        row.forEach(function (n) {
          var box = n.boundingBox({ includeLabels: true });
          var item = { node: n, w: box.w, h: box.h, above: n.position('y') - box.y1 };
          var line = lines[lines.length - 1];
          if (line.length && used + GAP + item.w > width) { line = []; lines.push(line); used = 0; }
          used += (line.length ? GAP : 0) + item.w;
          line.push(item);
        });
        lines.forEach(function (line) {
          var total = line.reduce(function (s, i) { return s + i.w; }, 0) + GAP * (line.length - 1);
          var height = line.reduce(function (h, i) { return Math.max(h, i.h); }, 0);
          var x = -total / 2;
          line.forEach(function (i) {
            i.node.position({ x: x + i.w / 2, y: top + i.above });
            x += i.w + GAP;
          });
          top += height + GAP * 1.5;
        });
      });
    });
  }

  /** Fits what is drawn, but never so small that names fall below READABLE pixels: then centres instead. */
  function frame(centre) {
    var shown = cy.elements().filter(function (e) { return !e.hasClass('hidden'); });
    cy.fit(shown, PAD);
    if (cy.zoom() > 1.4) cy.zoom(1.4);
    if (cy.zoom() < MIN_ZOOM) cy.zoom(MIN_ZOOM);
    var at = centre && centre.nonempty() ? centre : (data.focus ? cy.getElementById(data.focus) : null);
    if (at && at.nonempty()) {
      var p = at.position();
      cy.pan({ x: cy.width() / 2 - p.x * cy.zoom(), y: cy.height() / 2 - p.y * cy.zoom() });
    } else if (cy.zoom() === MIN_ZOOM) {
      var top = shown.nodes('[kind = "Strategy"]');
      cy.center(top.nonempty() ? top : shown);
    } else {
      cy.center(shown);
    }
  }

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) return r.text().then(function (t) { throw new Error(t.trim() || r.statusText); });
      return r.json();
    });
  }

  /** Adds the nodes and links of an answer of explore/expand; returns the nodes added. */
  function add(answer, near) {
    var added = cy.collection();
    var p = near && near.nonempty() ? near.position() : { x: 0, y: 0 };
    cy.batch(function () {
      answer.nodes.forEach(function (n, i) {
        if (cy.getElementById(n.id).nonempty()) return;
        var el = nodeElement(n);
        el.position = { x: p.x + 60 * Math.cos(i), y: p.y + 60 * Math.sin(i) };
        added = added.union(cy.add(el));
      });
      answer.edges.forEach(function (e) {
        if (cy.getElementById(edgeId(e)).empty() && cy.getElementById(e.source).nonempty() && cy.getElementById(e.target).nonempty()) {
          cy.add(edgeElement(e));
        }
      });
    });
    return added;
  }

  var busy = false;
  /** Opens a node out: its neighbours, or for a counting node its next resources. */
  function expand(node) {
    if (busy || !node || node.empty()) return Promise.resolve();
    var url;
    if (node.data('count')) {
      url = route + '/expand?kind=' + encodeURIComponent(node.data('kind')) + '&offset=' + node.data('offset')
          + (node.data('of') ? '&node=' + encodeURIComponent(node.data('of')) : '');
    } else {
      if (node.data('expanded')) return Promise.resolve();
      url = route + '/expand?node=' + encodeURIComponent(node.id());
    }
    busy = true;
    status.textContent = 'Opening ' + node.data('label') + '…';
    return fetchJson(url).then(function (answer) {
      var added = add(answer, node);
      var centre = node;
      if (node.data('count')) {
        if (node.data('of')) {
          var of = cy.getElementById(node.data('of'));
          added.forEach(function (n) { if (n.connectedEdges().empty()) cy.add(edgeElement({ source: of.id(), target: n.id(), label: '' })); });
          centre = of;
        }
        node.data('offset', node.data('offset') + answer.nodes.length);
        if (answer.remaining > 0) {
          node.data('count', answer.remaining);
          var label = answer.remaining.toLocaleString('en') + ' more ' + node.data('plural');
          node.data({ label: label, short: label, display: label });
        } else {
          if (node.selected()) select(centre);
          node.remove();
        }
      } else {
        node.data('expanded', true);
      }
      applyShowQuietly();
      layout(layoutSelect.value, centre);
      say(added.length + ' added around ' + centre.data('label'));
    }).catch(function (err) {
      status.textContent = 'Could not open ' + node.data('label') + ': ' + err.message;
    }).finally(function () { busy = false; });
  }

  function applyShowQuietly() {
    var kinds = checkedKinds();
    if (!kinds) return;
    cy.nodes().forEach(function (n) { if (!kinds[n.data('kind')] && n.id() !== data.focus) n.addClass('hidden'); });
  }

  var panelLabel = document.getElementById('map-panel-label');
  var panelBelow = document.getElementById('map-panel-below');
  var panelOpen = document.getElementById('map-panel-open');
  var panelExpand = document.getElementById('map-panel-expand');

  /** Selects a node: marks it and its links, shows it in the panel, keeps it on screen. */
  function select(node) {
    cy.elements().unselect();
    cy.edges().removeClass('near');
    if (!node || node.empty()) return;
    node.select();
    node.connectedEdges().addClass('near');
    panelLabel.textContent = node.data('kindLabel') + ': ' + node.data('label');
    panelBelow.textContent = node.data('below') ? 'Below it: ' + node.data('below') + '.' : '';
    panelOpen.hidden = !node.data('href');
    if (node.data('href')) panelOpen.href = node.data('href');
    panelExpand.textContent = node.data('count') ? 'Add the next ' + Math.min(node.data('count'), data.groupLimit) : 'Open it out';
    panelExpand.disabled = !node.data('count') && !!node.data('expanded');
    var p = node.renderedPosition();
    if (p.x < 20 || p.y < 20 || p.x > cy.width() - 20 || p.y > cy.height() - 20) {
      cy.pan({ x: cy.width() / 2 - node.position().x * cy.zoom(), y: cy.height() / 2 - node.position().y * cy.zoom() });
    }
    status.textContent = node.data('kindLabel') + ': ' + node.data('label')
        + (node.data('below') ? ' (' + node.data('below') + ')' : '') + '. Enter opens it out' + (node.data('href') ? ', O opens its page.' : '.');
  }
  function selected() { return cy.nodes(':selected').first(); }

  // A tap opens a node out; a second tap on it soon after (a double click) opens its page.
  var lastTap = { id: null, at: 0 };
  cy.on('tap', 'node', function (evt) {
    var n = evt.target;
    var now = Date.now();
    if (lastTap.id === n.id() && now - lastTap.at < 500 && n.data('href')) {
      window.location.assign(n.data('href'));
      return;
    }
    lastTap = { id: n.id(), at: now };
    select(n);
    expand(n);
  });
  cy.on('mouseover', 'node', function () { container.style.cursor = 'pointer'; });
  cy.on('mouseout', 'node', function () { container.style.cursor = 'default'; });
  panelExpand.addEventListener('click', function () { expand(selected()); });

  /** Keyboard: arrows move through the nodes in reading order, Enter opens one out, O opens its page, + and - zoom. */
  container.addEventListener('keydown', function (evt) {
    var order = visibleNodes().sort(function (a, b) {
      var ay = Math.round(a.position().y / 40), by = Math.round(b.position().y / 40);
      return ay !== by ? ay - by : a.position().x - b.position().x;
    });
    var current = selected();
    var i = current.nonempty() ? order.indexOf(current) : -1;
    var key = evt.key;
    if (key === 'ArrowRight' || key === 'ArrowDown') select(order[Math.min(order.length - 1, i + 1)] || order[0]);
    else if (key === 'ArrowLeft' || key === 'ArrowUp') select(order[Math.max(0, i - 1)] || order[0]);
    else if (key === 'Home') select(order[0]);
    else if (key === 'End') select(order[order.length - 1]);
    else if ((key === 'Enter' || key === ' ') && current.nonempty()) expand(current);
    else if ((key === 'o' || key === 'O') && current.nonempty() && current.data('href')) window.location.assign(current.data('href'));
    else if (key === '+' || key === '=') cy.zoom({ level: Math.min(3, cy.zoom() * 1.25), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (key === '-') cy.zoom({ level: Math.max(0.1, cy.zoom() / 1.25), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else return;
    evt.preventDefault();
  });

  /** Finds a resource by name, draws it with its neighbours if it is not drawn yet, and centres on it. */
  function focusOn(words) {
    return fetchJson(route + '/find?q=' + encodeURIComponent(words)).then(function (results) {
      if (!results.length) { status.textContent = 'No resource of the map is named with “' + words + '”.'; return; }
      var hit = results[0];
      var node = cy.getElementById(hit.id);
      var ready = Promise.resolve();
      if (node.empty()) {
        add({ nodes: [hit], edges: [] }, null);
        node = cy.getElementById(hit.id);
        ready = fetchJson(route + '/expand?node=' + encodeURIComponent(hit.id)).then(function (answer) {
          add(answer, node);
          node.data('expanded', true);
        });
      }
      return ready.then(function () {
        cy.nodes().removeClass('focus');
        node.addClass('focus');
        data.focus = hit.id;
        applyShowQuietly();
        layout(layoutSelect.value, node);
        select(node);
        remember();
        container.focus();
      });
    }).catch(function (err) { status.textContent = 'The search failed: ' + err.message; });
  }

  var pending = null;
  findInput.addEventListener('input', function () {
    clearTimeout(pending);
    var words = findInput.value.trim();
    if (words.length < 2) return;
    pending = setTimeout(function () {
      fetchJson(route + '/find?q=' + encodeURIComponent(words)).then(function (results) {
        found.replaceChildren.apply(found, results.map(function (r) {
          var o = document.createElement('option');
          o.value = r.label;
          return o;
        }));
      }).catch(function () { /* suggestions only: the search itself reports */ });
    }, 200);
  });

  form.addEventListener('submit', function (evt) {
    var words = findInput.value.trim();
    if (!words) return; // the depth and classes go to the server, which draws the neighbourhood asked for
    evt.preventDefault();
    focusOn(words);
  });
  form.querySelectorAll('input[name="show"]').forEach(function (box) { box.addEventListener('change', applyShow); });
  layoutSelect.addEventListener('change', function () { layout(layoutSelect.value); remember(); });
  document.getElementById('map-fit').addEventListener('click', function () { frame(null); });

  /** Keeps the address in step with what is drawn, so it can be shared or bookmarked. */
  function remember() {
    if (!window.history || !window.history.replaceState) return;
    var params = new URLSearchParams();
    if (data.focus) params.set('focus', data.focus);
    var depth = document.getElementById('map-depth').value;
    if (data.focus && depth !== '1') params.set('depth', depth);
    var boxes = form.querySelectorAll('input[name="show"]');
    var checked = form.querySelectorAll('input[name="show"]:checked');
    if (checked.length && checked.length < boxes.length) checked.forEach(function (b) { params.append('show', b.value); });
    if (layoutSelect.value !== chosenLayout()) params.set('layout', layoutSelect.value);
    var query = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : '') + window.location.hash);
  }

  function download(blob, name) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function png() {
    return cy.png({ output: 'blob', full: true, scale: 2, bg: paper });
  }

  function escapeXml(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function regular(n, offset) {
    var pts = [];
    for (var k = 0; k < n; k++) {
      var a = -Math.PI / 2 + offset + 2 * Math.PI * k / n;
      pts.push(Math.cos(a), Math.sin(a));
    }
    return pts;
  }
  function star() {
    var pts = [];
    for (var k = 0; k < 10; k++) {
      var a = -Math.PI / 2 + Math.PI * k / 5;
      var r = k % 2 ? 0.45 : 1;
      pts.push(r * Math.cos(a), r * Math.sin(a));
    }
    return pts;
  }
  var polygons = {
    triangle: [0, -1, 1, 1, -1, 1],
    diamond: [0, -1, 1, 0, 0, 1, -1, 0],
    pentagon: regular(5, 0),
    hexagon: [-1, 0, -0.5, -1, 0.5, -1, 1, 0, 0.5, 1, -0.5, 1],
    octagon: regular(8, Math.PI / 8),
    star: star(),
    vee: [-1, -1, 0, -0.333, 1, -1, 0, 1]
  };

  function nodeShape(n) {
    var p = n.position();
    var rx = n.width() / 2;
    var ry = n.height() / 2;
    var paint = ' fill="' + escapeXml(n.data('colour')) + '" stroke="#1b1f24" stroke-width="' + n.numericStyle('border-width') + '"';
    var shape = n.data('shape');
    if (shape === 'ellipse') return '<ellipse cx="' + p.x + '" cy="' + p.y + '" rx="' + rx + '" ry="' + ry + '"' + paint + '/>';
    if (shape === 'rectangle' || shape === 'round-rectangle') {
      return '<rect x="' + (p.x - rx) + '" y="' + (p.y - ry) + '" width="' + 2 * rx + '" height="' + 2 * ry + '"'
          + (shape === 'round-rectangle' ? ' rx="4"' : '') + paint + '/>';
    }
    var unit = polygons[shape] || regular(12, 0);
    var pts = [];
    for (var i = 0; i < unit.length; i += 2) pts.push((p.x + unit[i] * rx).toFixed(2) + ',' + (p.y + unit[i + 1] * ry).toFixed(2));
    return '<polygon points="' + pts.join(' ') + '"' + paint + '/>';
  }

  /** The map as drawn (visible nodes and links at their positions), as an SVG document. */
  function svg() {
    var visible = cy.elements().filter(function (e) { return !e.hasClass('hidden') && e.visible(); });
    var box = visible.boundingBox({ includeLabels: true });
    var pad = 20;
    var out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="' + [box.x1 - pad, box.y1 - pad, box.w + 2 * pad, box.h + 2 * pad].join(' ')
        + '" width="' + Math.round(box.w + 2 * pad) + '" height="' + Math.round(box.h + 2 * pad) + '" font-family="system-ui, sans-serif">',
      '<title>Strategy map</title>',
      '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        + '<path d="M0,0 L10,5 L0,10 z" fill="#57606a"/></marker></defs>',
      '<rect x="' + (box.x1 - pad) + '" y="' + (box.y1 - pad) + '" width="' + (box.w + 2 * pad) + '" height="' + (box.h + 2 * pad) + '" fill="#ffffff"/>'];
    visible.edges().forEach(function (e) {
      var s = e.sourceEndpoint();
      var t = e.targetEndpoint();
      out.push('<line class="edge" x1="' + s.x.toFixed(2) + '" y1="' + s.y.toFixed(2) + '" x2="' + t.x.toFixed(2) + '" y2="' + t.y.toFixed(2)
          + '" stroke="#57606a" stroke-width="1.3" marker-end="url(#arrow)"><title>' + escapeXml(e.data('label')) + '</title></line>');
    });
    visible.nodes().forEach(function (n) {
      var p = n.position();
      out.push('<g class="node"><title>' + escapeXml(n.data('kindLabel') + ': ' + n.data('label')) + '</title>'
          + nodeShape(n)
          + '<text x="' + p.x.toFixed(2) + '" y="' + (p.y + n.height() / 2 + 14).toFixed(2) + '" text-anchor="middle" font-size="'
          + n.numericStyle('font-size') + '" fill="#1b1f24">' + escapeXml(n.data('short')) + '</text></g>');
    });
    out.push('</svg>');
    return out.join('\n');
  }

  document.getElementById('map-png').addEventListener('click', function () { download(png(), 'strategy-map.png'); });
  document.getElementById('map-svg').addEventListener('click', function () {
    download(new Blob([svg()], { type: 'image/svg+xml' }), 'strategy-map.svg');
  });

  window.strategyMap = { cy: cy, svg: svg, png: png, expand: expand, focusOn: focusOn, select: select, readable: READABLE,
    ready: false };
  if (data.focus) {
    var f = cy.getElementById(data.focus);
    f.addClass('focus');
    f.data('expanded', true);
  }
  var asked = new URLSearchParams(window.location.search).get('layout');
  applyShowQuietly();
  var known = Array.prototype.some.call(layoutSelect.options, function (o) { return o.value === asked; });
  layoutSelect.value = known ? asked : chosenLayout();
  layout(layoutSelect.value);
  if (data.focus) select(cy.getElementById(data.focus));
  else say('Select a node, or press Enter on it, to open it out.');
  remember();
  window.strategyMap.ready = true;
}());
