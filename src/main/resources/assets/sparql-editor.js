// The SPARQL editor of /sparql: YASGUI (from its WebJar) on this server's own endpoint. It talks to
// nothing else: the completers that would ask prefix.cc and LOV are replaced by the graph's prefixes.
(function () {
  "use strict";
  var root = document.getElementById("yasgui");
  var configElement = document.getElementById("kg-editor-config");
  if (!root || !configElement || typeof Yasgui === "undefined") return;
  var config = JSON.parse(configElement.textContent);
  var endpoint = new URL(config.endpoint, window.location.href).href;
  var Yasqe = Yasgui.Yasqe;

  var prefixes = Object.keys(config.prefixes).sort().map(function (p) {
    return p + ": <" + config.prefixes[p] + ">";
  });
  var completers = Yasqe.defaults.autocompleters;
  completers.splice(0, completers.length, "variables");
  Yasqe.forkAutocompleter("prefixes", {
    name: "graph-prefixes",
    persistenceId: null,
    get: function () { return Promise.resolve(prefixes); }
  }, true);
  // Names of this dataset, from the server (/api/complete): the ontology's classes and properties with
  // their labels, and resources, wherever a prefixed name or an IRI is typed. The suggestion inserts the
  // name; the list shows the label beside it.
  var labels = {};
  Yasqe.forkAutocompleter("class", {
    name: "kg-terms",
    persistenceId: null,
    bulk: false,
    autoShow: true,
    isValidCompletionPosition: function (yasqe) {
      var token = yasqe.getCompleteToken();
      var text = token.string;
      if (!text || text[0] === "?" || text[0] === "$") return false;
      if (text.indexOf(":") < 0 && text[0] !== "<") return false;
      var previous = yasqe.getPreviousNonWsToken(yasqe.getDoc().getCursor().line, token);
      return !(previous && previous.string && previous.string.toUpperCase() === "PREFIX");
    },
    get: function (yasqe, token) {
      var q = token.autocompletionString || token.string;
      var url = new URL(config.complete, window.location.href);
      url.searchParams.set("q", q);
      url.searchParams.set("limit", "50");
      return fetch(url.href, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { completions: [] }; })
        .then(function (json) {
          return json.completions.map(function (c) {
            labels[c.iri] = c.label || "";
            return c.iri;
          });
        })
        .catch(function () { return []; });
    },
    postprocessHints: function (yasqe, hints) {
      hints.forEach(function (hint) {
        var full = hint.text.charAt(0) === "<" ? hint.text.slice(1, -1) : expand(yasqe, hint.text);
        var label = labels[full];
        if (label) hint.displayText = hint.text + " \u2014 " + label;
      });
      return hints;
    }
  }, true);

  function expand(yasqe, name) {
    var colon = name.indexOf(":");
    var declared = yasqe.getPrefixesFromQuery();
    var ns = declared[name.slice(0, colon)] || config.prefixes[name.slice(0, colon)];
    return ns ? ns + name.slice(colon + 1) : name;
  }
  Yasqe.defaults.value = config.defaultQuery;

  // A link from a page ("Open in SPARQL") carries its query in the fragment, as YASGUI's share links
  // do: it opens in a tab of its own and runs at once. Read before YASGUI, which may rewrite the address.
  var shared = new URLSearchParams(window.location.hash.slice(1));
  var sharedQuery = shared.get("query");

  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint },
    copyEndpointOnNewTab: true,
    // Tabs are kept in the browser per endpoint, so another server's tabs never query this one.
    persistenceId: "kg-sparql-" + endpoint,
    endpointCatalogueOptions: {
      getData: function () { return [{ endpoint: endpoint }]; },
      keys: []
    }
  });

  Array.prototype.forEach.call(document.querySelectorAll("a[data-example]"), function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var example = config.examples[Number(link.getAttribute("data-example"))];
      var tab = yasgui.addTab(true, {
        name: example.name,
        yasqe: { value: example.query },
        requestConfig: { endpoint: endpoint }
      }, { avoidDuplicateTabs: true });
      root.scrollIntoView({ behavior: "smooth" });
      tab.query().catch(function () { /* YASR shows the error */ });
    });
  });
  if (sharedQuery) {
    var opened = yasgui.addTab(true, {
      name: shared.get("tabTitle") || "Query",
      yasqe: { value: sharedQuery },
      requestConfig: { endpoint: endpoint }
    }, { avoidDuplicateTabs: true });
    opened.query().catch(function () { /* YASR shows the error */ });
  }
  // "Cite this result": after each answer, the same query is asked once more (from the server's answer
  // cache) for the address its answer names in Link rel="cite-as"; that address, asked for BibTeX and
  // CSL-JSON, describes itself, digest included. Nothing is computed here that the server does not state.
  var citeBox = document.getElementById("kg-cite");
  var citing = 0;
  function field(name) { return citeBox.querySelector("[data-cite-" + name + "]"); }
  function cite(tab) {
    if (!citeBox) return;
    var mine = ++citing;
    citeBox.hidden = true;
    var yasqe = tab.getYasqe();
    var type = String(yasqe.getQueryType() || "").toUpperCase();
    var accept = type === "CONSTRUCT" || type === "DESCRIBE" ? "text/turtle" : "application/sparql-results+json";
    var ask = new URL(endpoint);
    ask.searchParams.set("query", yasqe.getValue());
    fetch(ask.href, { headers: { Accept: accept } }).then(function (r) {
      var found = /<([^>]+)>\s*;\s*rel="cite-as"/.exec(r.headers.get("Link") || "");
      if (!r.ok || !found) throw new Error("no citation");
      var address = found[1];
      var bibtex = fetch(address, { headers: { Accept: "application/x-bibtex" } }).then(function (b) { return b.text(); });
      var csl = fetch(address, { headers: { Accept: "application/vnd.citationstyles.csl+json" } }).then(function (c) { return c.text(); });
      return Promise.all([address, bibtex, csl]);
    }).then(function (parts) {
      if (mine !== citing) return;
      var item = JSON.parse(parts[2])[0];
      var link = field("url");
      link.href = parts[0];
      link.textContent = parts[0];
      field("release").textContent = item.version;
      var date = item.issued && item.issued["date-parts"] && item.issued["date-parts"][0];
      field("date").textContent = date ? date.map(function (n) { return (n < 10 ? "0" : "") + n; }).join("-") : "undated";
      field("format").textContent = item.medium;
      field("sha256").textContent = String(item.note).replace(/^SHA-256 /, "");
      field("bibtex").textContent = parts[1].trim();
      field("csl").textContent = parts[2].trim();
      citeBox.hidden = false;
    }).catch(function () { /* an answer without a citation (an error, a query too long for an address) */ });
  }
  yasgui.on("queryResponse", function (instance, tab) { cite(tab); });
  window.kgYasgui = yasgui;
})();
