/* Draws every chart of the page (figure.chart) with Chart.js from the JSON inside it. The table in the
   same figure holds the same values, for readers without this script. */
(function () {
  'use strict';
  if (typeof window.Chart !== 'function') return;
  var Chart = window.Chart;
  var style = getComputedStyle(document.documentElement);
  function cssVar(name, fallback) { return style.getPropertyValue(name).trim() || fallback; }
  Chart.defaults.color = cssVar('--muted', '#57606a');
  Chart.defaults.borderColor = cssVar('--rule', '#d0d7de');
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;

  // Okabe and Ito's palette: told apart with every common colour-vision deficiency.
  var palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];
  var pointStyles = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'];
  var compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
  var full = new Intl.NumberFormat('en', { maximumFractionDigits: 10 });
  function shorten(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1).trim() + '…' : s; }

  function matrix(canvas, holder, spec) {
    var pie = spec.type === 'pie';
    var horizontal = spec.type === 'bar' && spec.labels.some(function (l) { return l.length > 16; });
    if (horizontal) holder.style.height = Math.max(12, spec.labels.length * (spec.stacked ? 2.4 : 1.6 * spec.datasets.length + 0.8) + 5) + 'rem';
    var datasets = spec.datasets.map(function (d, i) {
      return {
        label: d.label,
        data: d.data,
        backgroundColor: pie ? spec.labels.map(function (_, j) { return palette[j % palette.length]; }) : palette[i % palette.length],
        borderColor: pie ? cssVar('--paper', '#ffffff') : palette[i % palette.length],
        borderWidth: 1
      };
    });
    var labelLength = holder.clientWidth < 500 ? 16 : 40;
    var valueAxis = horizontal ? 'x' : 'y';
    var categoryAxis = horizontal ? 'y' : 'x';
    var scales = {};
    if (!pie) {
      scales[categoryAxis] = { stacked: spec.stacked, ticks: { autoSkip: false,
        callback: function (v) { return shorten(this.getLabelForValue(v), labelLength); } } };
      scales[valueAxis] = { stacked: spec.stacked, beginAtZero: true,
        title: { display: !!spec.valueLabel, text: spec.valueLabel },
        ticks: { callback: function (v) { return compact.format(v); } } };
    }
    return new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: horizontal ? 'y' : 'x',
        scales: scales,
        plugins: {
          legend: { display: pie || datasets.length > 1 },
          tooltip: { callbacks: { label: function (ctx) {
            var v = pie ? ctx.parsed : ctx.parsed[valueAxis];
            return ctx.dataset.label + ': ' + full.format(v);
          } } }
        }
      }
    });
  }

  function timeline(canvas, holder, spec) {
    holder.style.height = Math.max(10, spec.lanes.length * 3 + 6) + 'rem';
    var xs = [];
    spec.datasets.forEach(function (d) { d.data.forEach(function (p) { xs.push(p.x); }); });
    var min = Math.floor(Math.min.apply(null, xs));
    var max = Math.floor(Math.max.apply(null, xs)) + 1;
    var step = max - min > 30 ? 5 : 1;
    var datasets = spec.datasets.map(function (d, i) {
      return { label: d.label, data: d.data, backgroundColor: palette[i % palette.length], borderColor: '#1b1f24',
        borderWidth: 1, pointStyle: pointStyles[i % pointStyles.length], pointRadius: 7, pointHoverRadius: 9 };
    });
    return new Chart(canvas, {
      type: 'scatter',
      data: { datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { type: 'linear', min: min, max: max,
            afterBuildTicks: function (axis) {
              var ticks = [];
              for (var y = min; y <= max; y += step) ticks.push({ value: y });
              axis.ticks = ticks;
            },
            ticks: { callback: function (v) { return String(v); } } },
          y: { type: 'linear', min: -0.5, max: spec.lanes.length - 0.5, reverse: true,
            afterBuildTicks: function (axis) { axis.ticks = spec.lanes.map(function (_, i) { return { value: i }; }); },
            ticks: { autoSkip: false, callback: function (v) { return shorten(spec.lanes[v] || '', holder.clientWidth < 500 ? 14 : 32); } },
            grid: { display: false } }
        },
        plugins: {
          tooltip: { callbacks: { label: function (ctx) { return ctx.raw.date + ' · ' + ctx.raw.text; } } }
        },
        onHover: function (evt, elements) { canvas.style.cursor = elements.length ? 'pointer' : 'default'; },
        onClick: function (evt, elements, chart) {
          if (!elements.length) return;
          var p = chart.data.datasets[elements[0].datasetIndex].data[elements[0].index];
          if (p.href) window.location.assign(p.href);
        }
      }
    });
  }

  document.querySelectorAll('figure.chart').forEach(function (figure) {
    var script = figure.querySelector('script.chart-data');
    var holder = figure.querySelector('.chart-canvas');
    if (!script || !holder) return;
    var spec = JSON.parse(script.textContent);
    holder.hidden = false;
    var canvas = holder.querySelector('canvas');
    if (spec.type === 'timeline') timeline(canvas, holder, spec);
    else matrix(canvas, holder, spec);
  });
}());
