/* phakhi network page: draws the JSON in #phakhi-data with vis-network.
 * Every text from the data reaches the page through textContent or the canvas,
 * never through innerHTML, so markup in an article shows as text. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("phakhi-data").textContent);
  var started = performance.now();
  var MAX_LABEL = 34;
  var GREY = "rgba(190,193,200,0.35)";
  var styles = {}, visible = {}, byId = {};
  data.types.forEach(function (t) { styles[t.type] = t; visible[t.type] = true; });
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function short(s) { return s.length > MAX_LABEL ? s.slice(0, MAX_LABEL - 1) + "\u2026" : s; }
  /* spaces are dropped: Thai names are written with and without them */
  function fold(s) { return String(s).normalize("NFC").toLowerCase().replace(/\s+/g, ""); }
  function typeName(t) { var s = styles[t]; return s ? s.th + " \u00b7 " + s.en : t; }

  function nodeColour(n) {
    var c = styles[n.type].colour;
    return { background: c, border: c, highlight: { background: c, border: "#111" }, hover: { background: c, border: "#111" } };
  }
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, x: n.x, y: n.y, label: short(n.label), shape: styles[n.type].shape, type: n.type,
             value: 1 + n.size * 30, color: nodeColour(n) };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    return { id: i, from: e.from, to: e.to, width: Math.min(1 + Math.log2(e.weight) * 1.6, 9), dashes: e.dashed,
             arrows: data.directed ? { to: { enabled: true, scaleFactor: 0.45 } } : undefined };
  }));
  var linked = {}, hideLonely = false;
  data.edges.forEach(function (e) { linked[e.from] = linked[e.to] = true; });
  var view = new vis.DataView(nodes, { filter: function (n) { return visible[n.type] && (linked[n.id] || !hideLonely); } });

  var big = data.nodes.length > 1000;
  var options = {
    autoResize: true,
    layout: { improvedLayout: data.nodes.length <= 150, randomSeed: 7 },
    nodes: { font: { size: 14, face: "Noto Sans Thai, Sarabun, Tahoma, sans-serif", strokeWidth: 3, strokeColor: "#fff" },
             scaling: { min: 6, max: 32, label: { enabled: true, min: 11, max: 24, drawThreshold: 6 } }, borderWidth: 1 },
    edges: { smooth: false, color: { color: "#9aa3b5", highlight: "#303848", hover: "#303848", opacity: 0.7 },
             selectionWidth: 1.5, hoverWidth: 0.6 },
    physics: { solver: "forceAtlas2Based",
               forceAtlas2Based: { theta: big ? 0.9 : 0.5, gravitationalConstant: -60, centralGravity: 0.008, springLength: big ? 90 : 130, springConstant: 0.06, avoidOverlap: big ? 0.15 : 0.6 },
               stabilization: { enabled: true, iterations: data.iterations, updateInterval: big ? 2 : 10, fit: true },
               minVelocity: 1.5 },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: big, hideEdgesOnZoom: big, navigationButtons: false, keyboard: false }
  };
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: view, edges: edges }, options);
  var status = document.getElementById("status");

  function settled() {
    if (document.body.dataset.stable === "true") return;
    network.setOptions({ physics: false });
    var ms = Math.round(performance.now() - started);
    window.phakhi.stableMs = ms;
    document.body.dataset.stable = "true";
    status.textContent = "จัดวางเสร็จใน " + (ms / 1000).toFixed(1) + " วินาที \u00b7 layout settled in " + (ms / 1000).toFixed(1) + " s";
  }
  var physicsStart = performance.now();
  network.on("stabilizationProgress", function (p) {
    if (performance.now() - physicsStart > data.budgetMs) network.stopSimulation();  /* freeze what we have */
    status.textContent = "กำลังจัดวาง \u00b7 laying out " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", settled);
  network.once("stabilized", settled);

  /* summary and what --top left out */
  document.getElementById("summary").textContent = data.nodes.length.toLocaleString() + " โหนด \u00b7 nodes, " +
    data.edges.length.toLocaleString() + " เส้นเชื่อม \u00b7 edges. ขนาด = ความเป็นศูนย์กลาง (degree) \u00b7 size = weighted degree; " +
    "ความหนาเส้น = น้ำหนัก \u00b7 edge width = weight. " + data.note;
  if (data.omitted) {
    var o = data.omitted, parts = o.byType.map(function (t) { return typeName(t[0]) + " " + t[1]; });
    var omitted = document.getElementById("omitted");
    omitted.textContent = "แสดงเฉพาะ " + (o.total - o.count) + " จาก " + o.total + " โหนดที่เป็นศูนย์กลางที่สุด \u00b7 showing the " +
      (o.total - o.count) + " most central of " + o.total + " nodes; left out " + o.count + " (" + parts.join(", ") + ")" +
      (o.examples.length ? ", e.g. " + o.examples.join(" / ") : "") + ".";
    omitted.hidden = false;
  }

  /* legend doubling as the type filter */
  var legend = document.getElementById("legend");
  data.types.forEach(function (t) {
    var label = el("label"), box = el("input"), swatch = el("span", null, "swatch " + t.shape);
    box.type = "checkbox"; box.checked = true; box.value = t.type;
    swatch.style.background = t.colour;
    box.addEventListener("change", function () { visible[t.type] = box.checked; view.refresh(); });
    label.append(box, swatch, el("span", t.th + " \u00b7 " + t.en + " (" + t.count + ")"));
    legend.appendChild(label);
  });

  var lonely = document.getElementById("lonely");
  lonely.addEventListener("change", function () { hideLonely = lonely.checked; view.refresh(); });

  /* neighbour highlight */
  var dimmed = false;
  function highlight(id) {
    var keep = {}; keep[id] = true;
    network.getConnectedNodes(id).forEach(function (n) { keep[n] = true; });
    nodes.update(data.nodes.map(function (n) {
      return keep[n.id] ? { id: n.id, color: nodeColour(n), font: { color: "#1d232f" } }
                        : { id: n.id, color: GREY, font: { color: "rgba(0,0,0,0.2)" } };
    }));
    dimmed = true;
  }
  function undim() {
    if (!dimmed) return;
    nodes.update(data.nodes.map(function (n) { return { id: n.id, color: nodeColour(n), font: { color: "#1d232f" } }; }));
    dimmed = false;
  }
  network.on("click", function (p) { if (p.nodes.length) highlight(p.nodes[0]); else undim(); });
  document.getElementById("reset").addEventListener("click", function () {
    undim(); network.unselectAll(); network.fit({ animation: { duration: 300 } });
  });

  /* search by any label, Thai or English */
  var index = data.nodes.map(function (n) { return { id: n.id, keys: [n.label].concat(n.th, n.en).map(fold) }; });
  function search(query) {
    var q = fold(query), found = [];
    if (!q) return found;
    index.forEach(function (entry) {
      var best = 9;
      entry.keys.forEach(function (k) {
        var at = k.indexOf(q);
        if (at >= 0) best = Math.min(best, k === q ? 0 : at === 0 ? 1 : 2);
      });
      if (best < 9) found.push({ id: entry.id, rank: best, label: byId[entry.id].label, type: byId[entry.id].type });
    });
    found.sort(function (a, b) { return a.rank - b.rank || a.label.length - b.label.length || a.id - b.id; });
    return found.slice(0, 30);
  }
  function focus(id) {
    var n = byId[id];
    if (!visible[n.type] || (hideLonely && !linked[id])) {
      visible[n.type] = true; hideLonely = lonely.checked = false; view.refresh();
      legend.querySelector("input[value='" + n.type + "']").checked = true;
    }
    network.selectNodes([id]);
    highlight(id);
    network.focus(id, { scale: 1.4, animation: { duration: 350, easingFunction: "easeInOutQuad" } });
  }
  var input = document.getElementById("search"), results = document.getElementById("results");
  function showResults() {
    var found = search(input.value);
    results.replaceChildren();
    found.forEach(function (r) {
      var li = el("li"); li.setAttribute("role", "option"); li.dataset.id = r.id;
      li.append(el("span", r.label), el("span", typeName(r.type), "type"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); focus(r.id); results.hidden = true; });
      results.appendChild(li);
    });
    if (input.value && !found.length) results.appendChild(el("li", "ไม่พบ \u00b7 no match"));
    results.hidden = !input.value;
  }
  input.addEventListener("input", showResults);
  var active = -1;
  function mark(i) {
    var items = results.querySelectorAll("li[data-id]");
    if (!items.length) return;
    active = (i + items.length) % items.length;
    items.forEach(function (li, j) { li.classList.toggle("active", j === active); });
    items[active].scrollIntoView({ block: "nearest" });
  }
  input.addEventListener("input", function () { active = -1; });
  input.addEventListener("keydown", function (ev) {
    var items = results.querySelectorAll("li[data-id]");
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") { ev.preventDefault(); mark(active + (ev.key === "ArrowDown" ? 1 : -1)); }
    if (ev.key === "Enter" && items.length) {
      focus(Number(items[Math.max(active, 0)].dataset.id)); results.hidden = true;
    }
    if (ev.key === "Escape") { results.hidden = true; }
  });
  input.addEventListener("blur", function () { results.hidden = true; });

  /* tooltips: built from text nodes only */
  var tip = document.getElementById("tooltip");
  function row(dl, term, values) {
    if (!values || !values.length) return;
    dl.appendChild(el("dt", term));
    values.forEach(function (v) { dl.appendChild(el("dd", v)); });
  }
  function quote(q) {
    var block = el("blockquote"), sentence = data.sentences[q[0]], exact = q[1], at = exact ? sentence.indexOf(exact) : -1;
    if (at >= 0) {
      block.append(document.createTextNode(sentence.slice(0, at)), el("mark", exact),
                   document.createTextNode(sentence.slice(at + exact.length)));
    } else block.textContent = sentence;
    block.appendChild(el("cite", "\u2014 " + data.texts[q[2]]));
    return block;
  }
  function nodeTip(n) {
    var box = document.createDocumentFragment(), dl = el("dl");
    box.append(el("h2", n.label), el("div", typeName(n.type) + (n.kind ? " \u00b7 " + n.kind : ""), "meta"));
    row(dl, "ชื่อภาษาไทย \u00b7 Thai", n.th.length ? [n.th.join(" \u00b7 ")] : []);
    row(dl, "English", n.en.length ? [n.en.join(" \u00b7 ")] : []);
    row(dl, "ตำแหน่ง \u00b7 posts", n.posts);
    row(dl, "ข่าว \u00b7 articles", [String(n.articles)]);
    if (n.evidence.length) { dl.appendChild(el("dt", "หลักฐาน \u00b7 evidence")); n.evidence.forEach(function (q) { dl.appendChild(quote(q)); }); }
    box.appendChild(dl);
    return box;
  }
  function edgeTip(e) {
    var box = document.createDocumentFragment(), dl = el("dl");
    box.append(el("h2", byId[e.from].label + (data.directed ? " \u2192 " : " \u2014 ") + byId[e.to].label));
    row(dl, "ความสัมพันธ์ \u00b7 relation", [e.relation]);
    row(dl, "น้ำหนัก \u00b7 weight", [String(e.weight)]);
    row(dl, "ข่าว \u00b7 articles", [String(e.articles)]);
    row(dl, "ผ่าน \u00b7 via", e.via.map(function (i) { return data.texts[i]; }));
    box.appendChild(dl);
    return box;
  }
  function showTip(content, pointer) {
    tip.replaceChildren(content);
    tip.hidden = false;
    var box = container.getBoundingClientRect(), x = box.left + pointer.x + 14, y = box.top + pointer.y + 14;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.max(4, Math.min(x, window.innerWidth - w - 8)) + "px";
    tip.style.top = Math.max(4, y + h > window.innerHeight ? y - h - 24 : y) + "px";
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (p) { showTip(nodeTip(byId[p.node]), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeTip(data.edges[p.edge]), p.pointer.DOM); });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) { network.on(name, hideTip); });

  window.phakhi = { network: network, nodes: nodes, edges: edges, view: view, data: data, search: search,
                    focus: focus, nodeTip: nodeTip, edgeTip: edgeTip, stableMs: null };
  if (!data.nodes.length) { settled(); status.textContent = "ไม่มีโหนด \u00b7 nothing to show"; }
})();
