/* The strategy map: draws the graph embedded in the page (#map-data) with Cytoscape.js. The form
   above it works without this script (the server then lists the neighbourhood); with it, its
   controls act at once. Selecting a node opens its page. */
(function () {
  'use strict';
  var dataEl = document.getElementById('map-data');
  var container = document.getElementById('strategy-map');
  if (!dataEl || !container || typeof window.cytoscape !== 'function') return;

  var data = JSON.parse(dataEl.textContent);
  var form = document.querySelector('.map-controls');
  var tools = document.querySelector('.map-tools');
  var status = document.getElementById('map-status');
  var focusSelect = document.getElementById('map-focus');
  var depthSelect = document.getElementById('map-depth');
  var onlyBox = document.getElementById('map-only');
  var layoutSelect = document.getElementById('map-layout');

  var style = getComputedStyle(document.documentElement);
  function cssVar(name, fallback) { return style.getPropertyValue(name).trim() || fallback; }
  var ink = cssVar('--ink', '#1b1f24');
  var paper = cssVar('--paper', '#ffffff');
  var rule = cssVar('--rule', '#d0d7de');
  var mark = cssVar('--mark-edge', '#c99a00');

  var groups = {};
  data.groups.forEach(function (g) { groups[g.key] = g; });

  function shorten(s, n) { return s.length > n ? s.slice(0, n - 1).trim() + '…' : s; }

  var elements = [];
  data.nodes.forEach(function (n) {
    var g = groups[n.group];
    elements.push({ group: 'nodes', data: {
      id: n.id, label: n.label, short: shorten(n.label, 44), kind: n.group, kindLabel: g.label,
      href: n.href || '', colour: g.colour, shape: g.shape } });
  });
  data.edges.forEach(function (e, i) {
    elements.push({ group: 'edges', data: { id: 'e' + i, source: e.source, target: e.target, label: e.label } });
  });

  container.hidden = false;
  tools.hidden = false;

  var cy = window.cytoscape({
    container: container,
    elements: elements,
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', 'shape': 'data(shape)', 'width': 22, 'height': 22,
        'border-width': 1, 'border-color': '#1b1f24',
        'label': 'data(short)', 'font-size': 10, 'color': ink, 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'wrap', 'text-max-width': '110px', 'text-background-color': paper,
        'text-background-opacity': 0.75, 'text-background-padding': 1 } },
      { selector: 'node[kind = "Strategy"]', style: { 'width': 34, 'height': 34, 'font-size': 12, 'font-weight': 'bold' } },
      { selector: 'node[kind = "Priority"], node[kind = "Objective"]', style: { 'width': 28, 'height': 28, 'font-size': 11 } },
      { selector: 'edge', style: {
        'width': 1.2, 'line-color': rule, 'target-arrow-color': rule, 'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8, 'curve-style': 'bezier' } },
      { selector: 'node.focus', style: { 'border-width': 4, 'border-color': mark, 'width': 36, 'height': 36 } },
      { selector: 'edge.near', style: { 'line-color': mark, 'target-arrow-color': mark, 'width': 2 } },
      { selector: '.faded', style: { 'opacity': 0.15 } },
      { selector: '.hidden', style: { 'display': 'none' } }
    ]
  });

  function checkedKinds() {
    var kinds = {};
    var any = false;
    form.querySelectorAll('input[name="show"]').forEach(function (box) {
      if (box.checked) { kinds[box.value] = true; any = true; }
    });
    return any ? kinds : null;
  }

  function focusNode() {
    var id = focusSelect.value;
    if (!id) return null;
    var n = cy.getElementById(id);
    return n.nonempty() ? n : null;
  }

  function neighbourhood(node, depth) {
    var hood = node;
    for (var i = 0; i < depth; i++) hood = hood.union(hood.neighborhood());
    return hood;
  }

  function apply(refit) {
    var kinds = checkedKinds();
    var focus = focusNode();
    var depth = parseInt(depthSelect.value, 10) || 1;
    var hood = focus ? neighbourhood(focus, depth) : null;
    cy.batch(function () {
      cy.elements().removeClass('hidden faded focus near');
      if (kinds) {
        cy.nodes().forEach(function (n) {
          if (!kinds[n.data('kind')] && !(focus && n.same(focus))) n.addClass('hidden');
        });
      }
      if (focus) {
        focus.addClass('focus');
        focus.connectedEdges().addClass('near');
        cy.elements().not(hood).addClass(onlyBox.checked ? 'hidden' : 'faded');
      }
    });
    var shown = cy.nodes().filter(function (n) { return !n.hasClass('hidden'); });
    status.textContent = shown.length + ' of ' + cy.nodes().length + ' resources shown'
        + (focus ? ', centred on ' + focus.data('label') : '') + '.';
    if (refit) fit();
    remember();
  }

  function fit() {
    var focus = focusNode();
    if (focus) {
      var depth = parseInt(depthSelect.value, 10) || 1;
      cy.fit(neighbourhood(focus, depth).filter(function (e) { return !e.hasClass('hidden'); }), 40);
      // The focus itself in the middle (cy.center would centre its box, label included).
      var p = focus.position();
      cy.pan({ x: cy.width() / 2 - p.x * cy.zoom(), y: cy.height() / 2 - p.y * cy.zoom() });
    } else {
      cy.fit(cy.elements().filter(function (e) { return !e.hasClass('hidden'); }), 20);
    }
  }

  /** Keeps the address in step with the controls, so it can be shared or bookmarked. */
  function remember() {
    if (!window.history || !window.history.replaceState) return;
    var params = new URLSearchParams();
    if (focusSelect.value) params.set('focus', focusSelect.value);
    if (focusSelect.value && depthSelect.value !== '1') params.set('depth', depthSelect.value);
    var boxes = form.querySelectorAll('input[name="show"]');
    var checked = form.querySelectorAll('input[name="show"]:checked');
    if (checked.length && checked.length < boxes.length) checked.forEach(function (b) { params.append('show', b.value); });
    if (layoutSelect.value !== defaultLayout()) params.set('layout', layoutSelect.value);
    var query = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
  }

  /** A hierarchy reads well up to a hundred nodes; beyond that it is a long thin strip, and forces use the frame. */
  function defaultLayout() {
    return cy.nodes().filter(function (n) { return !n.hasClass('hidden'); }).length > 100 ? 'cose' : 'breadthfirst';
  }

  function layout(name) {
    var strategies = cy.nodes('[kind = "Strategy"]');
    var options = {
      breadthfirst: { name: 'breadthfirst', directed: false, spacingFactor: 1, avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        roots: strategies.nonempty() ? strategies : undefined },
      cose: { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, nodeRepulsion: function () { return 9000; },
        idealEdgeLength: function () { return 60; } },
      concentric: { name: 'concentric', avoidOverlap: true, minNodeSpacing: 12, nodeDimensionsIncludeLabels: true,
        concentric: function (n) { return data.groups.length - data.groups.findIndex(function (g) { return g.key === n.data('kind'); }); },
        levelWidth: function () { return 1; } }
    }[name] || { name: 'grid' };
    options.fit = false;
    cy.layout(options).run();
    fit();
  }

  cy.on('tap', 'node', function (evt) {
    var href = evt.target.data('href');
    if (href) window.location.assign(href);
  });
  cy.on('mouseover', 'node', function (evt) {
    var n = evt.target;
    status.textContent = n.data('kindLabel') + ': ' + n.data('label') + (n.data('href') ? ' (select to open its page)' : '');
    container.style.cursor = n.data('href') ? 'pointer' : 'default';
  });
  cy.on('mouseout', 'node', function () { container.style.cursor = 'default'; });

  form.addEventListener('submit', function (evt) { evt.preventDefault(); apply(true); });
  form.addEventListener('change', function (evt) { apply(evt.target === focusSelect || evt.target === depthSelect); });
  onlyBox.addEventListener('change', function () { apply(true); });
  layoutSelect.addEventListener('change', function () { layout(layoutSelect.value); remember(); });
  document.getElementById('map-fit').addEventListener('click', fit);

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
        + '<path d="M0,0 L10,5 L0,10 z" fill="#8c959f"/></marker></defs>',
      '<rect x="' + (box.x1 - pad) + '" y="' + (box.y1 - pad) + '" width="' + (box.w + 2 * pad) + '" height="' + (box.h + 2 * pad) + '" fill="#ffffff"/>'];
    visible.edges().forEach(function (e) {
      var s = e.sourceEndpoint();
      var t = e.targetEndpoint();
      out.push('<line class="edge" x1="' + s.x.toFixed(2) + '" y1="' + s.y.toFixed(2) + '" x2="' + t.x.toFixed(2) + '" y2="' + t.y.toFixed(2)
          + '" stroke="#8c959f" stroke-width="1.2" marker-end="url(#arrow)"' + (e.hasClass('faded') ? ' opacity="0.15"' : '')
          + '><title>' + escapeXml(e.data('label')) + '</title></line>');
    });
    visible.nodes().forEach(function (n) {
      var p = n.position();
      out.push('<g class="node"' + (n.hasClass('faded') ? ' opacity="0.15"' : '') + '><title>' + escapeXml(n.data('kindLabel') + ': ' + n.data('label')) + '</title>'
          + nodeShape(n)
          + '<text x="' + p.x.toFixed(2) + '" y="' + (p.y + n.height() / 2 + 12).toFixed(2) + '" text-anchor="middle" font-size="10" fill="#1b1f24">'
          + escapeXml(n.data('short')) + '</text></g>');
    });
    out.push('</svg>');
    return out.join('\n');
  }

  document.getElementById('map-png').addEventListener('click', function () { download(png(), 'strategy-map.png'); });
  document.getElementById('map-svg').addEventListener('click', function () {
    download(new Blob([svg()], { type: 'image/svg+xml' }), 'strategy-map.svg');
  });

  window.strategyMap = { cy: cy, svg: svg, png: png };
  if (data.focus) onlyBox.checked = false;
  var asked = new URLSearchParams(window.location.search).get('layout');
  apply(false);
  var known = Array.prototype.some.call(layoutSelect.options, function (o) { return o.value === asked; });
  layoutSelect.value = known ? asked : defaultLayout();
  remember();
  layout(layoutSelect.value);
}());
