// SahelData site: search by any recorded spelling, timeline filters, network highlighting. No dependency, no request.
(function () {
  "use strict";

  var apostrophes = "'\u2018\u2019\u02BC`\u00B4";

  // The same folding as the library's NameKey.Fold: compatibility decomposition, marks and format characters dropped,
  // apostrophes dropped, letters and digits lower-cased, every run of anything else one space, none at either end.
  // It walks UTF-16 code units as .NET does, so a lone surrogate is a separator in both.
  function fold(text) {
    var decomposed;
    try { decomposed = text.normalize("NFKD"); } catch (e) { decomposed = text; }
    var key = "";
    var pending = false;
    for (var i = 0; i < decomposed.length; i++) {
      var c = decomposed[i];
      if (/[\p{Mn}\p{Mc}\p{Me}\p{Cf}]/u.test(c) || apostrophes.indexOf(c) >= 0) { continue; }
      if (/[\p{L}\p{Nd}]/u.test(c)) {
        if (pending && key.length > 0) { key += " "; }
        pending = false;
        key += c.toLowerCase();
      } else {
        pending = true;
      }
    }
    return key;
  }
  window.sahelFold = fold;

  // Every word of the query must be found, in any order: an entry whose name is the query comes first, then one
  // where the query starts a word, then one where each word starts a word of its names or title, then any other
  // where each word appears inside them.
  function search(query) {
    var q = fold(query);
    if (!q || !window.SAHEL_SEARCH) { return []; }
    var words = q.split(" ");
    var ranks = [[], [], [], []];
    window.SAHEL_SEARCH.forEach(function (entry) {
      var best = 4;
      entry.keys.forEach(function (key) {
        if (key === q) { best = Math.min(best, 0); }
        else if (key.indexOf(q) === 0 || key.indexOf(" " + q) >= 0) { best = Math.min(best, 1); }
      });
      if (best === 4) {
        var all = " " + entry.keys.join(" ");
        if (words.every(function (w) { return all.indexOf(" " + w) >= 0; })) { best = 2; }
        else if (words.every(function (w) { return all.indexOf(w) >= 0; })) { best = 3; }
      }
      if (best < 4) { ranks[best].push(entry); }
    });
    return ranks[0].concat(ranks[1], ranks[2], ranks[3]);
  }
  window.sahelSearch = search;

  function setUpSearch() {
    var input = document.getElementById("q");
    if (!input) { return; }
    var results = document.getElementById("results");
    var status = document.getElementById("search-status");
    function run() {
      var found = search(input.value);
      results.textContent = "";
      found.slice(0, 100).forEach(function (entry) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = entry.path;
        a.textContent = entry.label;
        li.appendChild(a);
        var note = document.createElement("span");
        note.className = "note";
        note.textContent = " " + entry.note;
        li.appendChild(note);
        results.appendChild(li);
      });
      status.textContent = input.value.trim() ? found.length + (found.length === 1 ? " match" : " matches") : "";
      var url = new URL(window.location.href);
      if (input.value) { url.searchParams.set("q", input.value); } else { url.searchParams.delete("q"); }
      try { window.history.replaceState(null, "", url.toString()); } catch (e) { /* file:// in some browsers */ }
    }
    input.addEventListener("input", run);
    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) { input.value = initial; }
    run();
  }

  // A partial date's first and last possible day, as the library's PartialDate.Start and End.
  function bounds(text) {
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
    if (!m) { return null; }
    var y = m[1], mo = m[2], d = m[3];
    function pad(n) { return (n < 10 ? "0" : "") + n; }
    if (d) { return [y + "-" + mo + "-" + d, y + "-" + mo + "-" + d]; }
    if (mo) {
      var last = new Date(Date.UTC(+y, +mo, 0)).getUTCDate();
      return [y + "-" + mo + "-01", y + "-" + mo + "-" + pad(last)];
    }
    return [y + "-01-01", y + "-12-31"];
  }

  function setUpTimeline() {
    var form = document.getElementById("filters");
    if (!form) { return; }
    var status = document.getElementById("timeline-status");
    var fields = ["actor", "place", "kind", "from", "to"];
    function apply() {
      var actor = form.actor.value, place = form.place.value, kind = form.kind.value;
      var from = form.from.value ? bounds(form.from.value) : null;
      var to = form.to.value ? bounds(form.to.value) : null;
      var problem = (form.from.value && !from) || (form.to.value && !to) ? "Write dates as YYYY, YYYY-MM or YYYY-MM-DD." : "";
      if (!problem && from && to && from[0] > to[1]) { problem = "The period starts after it ends: swap From and To."; }
      var shown = 0;
      document.querySelectorAll("li.event").forEach(function (li) {
        var ok = !problem
          && (!actor || li.dataset.actors.split(" ").indexOf(actor) >= 0)
          && (!place || li.dataset.places.split(" ").indexOf(place) >= 0)
          && (!kind || li.dataset.kind === kind)
          && (!from || li.dataset.last >= from[0])
          && (!to || li.dataset.first <= to[1]);
        li.hidden = !ok;
        if (ok) { shown++; }
      });
      document.querySelectorAll("section.year").forEach(function (section) {
        section.hidden = !section.querySelector("li.event:not([hidden])");
      });
      status.textContent = problem || (shown === 1 ? "1 event" : shown + " events");
      var url = new URL(window.location.href);
      fields.forEach(function (name) { if (form[name].value) { url.searchParams.set(name, form[name].value); } else { url.searchParams.delete(name); } });
      try { window.history.replaceState(null, "", url.toString()); } catch (e) { /* file:// in some browsers */ }
    }
    var params = new URLSearchParams(window.location.search);
    fields.forEach(function (name) {
      if (params.get(name)) { form[name].value = params.get(name); }
      form[name].addEventListener("input", apply);
      form[name].addEventListener("change", apply);
    });
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    apply();
  }

  function setUpNetwork() {
    var box = document.querySelector(".network");
    if (!box) { return; }
    var edges = box.querySelectorAll(".edge");
    box.querySelectorAll("[data-node]").forEach(function (node) {
      function on() {
        var id = node.getAttribute("data-node");
        box.classList.add("focus");
        edges.forEach(function (edge) {
          edge.classList.toggle("on", edge.getAttribute("data-from") === id || edge.getAttribute("data-to") === id);
        });
      }
      function off() { box.classList.remove("focus"); }
      node.addEventListener("mouseenter", on);
      node.addEventListener("mouseleave", off);
      node.addEventListener("focusin", on);
      node.addEventListener("focusout", off);
    });
  }

  setUpSearch();
  setUpTimeline();
  setUpNetwork();
})();
