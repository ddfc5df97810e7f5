// Draws the chart a saved query asks for, from the figures the page embeds in #chart-data.
// Without JavaScript (or without Chart.js) the canvas stays hidden and the table shows the same figures.
(function () {
  "use strict";
  var holder = document.getElementById("chart-data");
  var canvas = document.getElementById("chart");
  if (!holder || !canvas || typeof window.Chart !== "function") return;
  var data = JSON.parse(holder.textContent);

  function timeline(d) {
    var labels = d.events.map(function (e) { return e.label || e.date; });
    var at = d.events.map(function (e) { return e.at; });
    // Whole years around the events, so one event does not stretch the axis over centuries.
    var from = Math.floor(Math.min.apply(null, at));
    var to = Math.max(from + 1, Math.ceil(Math.max.apply(null, at)));
    return {
      type: "scatter",
      data: {
        datasets: [{
          label: d.x,
          data: d.events.map(function (e, i) { return { x: e.at, y: i, date: e.date, label: labels[i] }; }),
          pointRadius: 6
        }]
      },
      options: {
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: function (c) { return c.raw.date + ": " + c.raw.label; } } }
        },
        scales: {
          x: { type: "linear", min: from, max: to, ticks: { stepSize: 1, callback: function (v) { return Number.isInteger(v) ? String(v) : ""; } } },
          y: { reverse: true, min: -0.5, max: labels.length - 0.5, ticks: { stepSize: 1, callback: function (v) { return labels[v] || ""; } } }
        }
      }
    };
  }

  function categories(d) {
    return {
      type: d.type,
      data: {
        labels: d.labels,
        datasets: d.series.map(function (s) { return { label: s.name, data: s.values }; })
      },
      options: {
        plugins: { legend: { display: d.series.length > 1 || d.type === "pie" } },
        scales: d.type === "pie" ? {} : { y: { beginAtZero: true } }
      }
    };
  }

  canvas.hidden = false;
  new window.Chart(canvas, data.type === "timeline" ? timeline(data) : categories(data));
})();
