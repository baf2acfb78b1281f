/* phakhi map page: tooltips per province, built from the JSON data as text only. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("phakhi-data").textContent);
  var tip = document.getElementById("tooltip");
  function el(tag, text) { var e = document.createElement(tag); if (text != null) e.textContent = String(text); return e; }
  function row(dl, term, values, total) {
    if (!values || !values.length) return;
    dl.appendChild(el("dt", term + (total > values.length ? " (" + total + ")" : "")));
    values.forEach(function (v) { dl.appendChild(el("dd", v)); });
    if (total > values.length) dl.appendChild(el("dd", "\u2026 +" + (total - values.length)));
  }
  function content(code) {
    var p = data.provinces[code], box = document.createDocumentFragment(), dl = el("dl");
    box.appendChild(el("h2", p.th + " \u00b7 " + p.en));
    if (!p.counts) { box.appendChild(el("div", "ไม่มีข้อมูล \u00b7 nothing in the graph")); return box; }
    box.appendChild(el("div", "กิจกรรม " + p.counts[0] + " \u00b7 องค์กร " + p.counts[1] + " \u00b7 โครงการ " + p.counts[2] +
                             " \u00b7 ข่าว " + p.articles + " (events, organisations, programmes, articles)"));
    row(dl, "กิจกรรม \u00b7 events", p.events, p.counts[0]);
    row(dl, "องค์กร \u00b7 organisations", p.organizations, p.counts[1]);
    row(dl, "โครงการ \u00b7 programmes", p.programmes, p.counts[2]);
    box.appendChild(dl);
    return box;
  }
  function show(code, x, y) {
    tip.replaceChildren(content(code));
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.max(4, Math.min(x + 14, window.innerWidth - w - 8)) + "px";
    tip.style.top = Math.max(4, y + 14 + h > window.innerHeight ? y - h - 10 : y + 14) + "px";
  }
  var paths = {};
  document.querySelectorAll("#map path").forEach(function (p) {
    paths[p.dataset.code] = p;
    p.addEventListener("mousemove", function (ev) { show(p.dataset.code, ev.clientX, ev.clientY); });
    p.addEventListener("mouseleave", function () { tip.hidden = true; });
  });
  document.querySelectorAll("#ranking tr").forEach(function (tr) {
    var p = paths[tr.dataset.code];
    tr.addEventListener("mouseenter", function () { if (p) p.classList.add("active"); });
    tr.addEventListener("mouseleave", function () { if (p) p.classList.remove("active"); });
  });
  /* shading: the same log scale as map.py's shade(), for the measure chosen */
  function score(p, measure) {
    if (!p.counts) return 0;
    return measure === "all" ? p.counts[0] + p.counts[1] + p.counts[2] : p.counts[Number(measure)];
  }
  function colour(value, top) {
    if (value <= 0 || top <= 0) return data.ramp[0];
    return data.ramp[Math.max(1, Math.min(5, Math.ceil(5 * Math.log1p(value) / Math.log1p(top))))];
  }
  var scale = document.getElementById("scale");
  function shade(measure) {
    var top = 0;
    Object.keys(data.provinces).forEach(function (c) { top = Math.max(top, score(data.provinces[c], measure)); });
    Object.keys(paths).forEach(function (c) { paths[c].setAttribute("fill", colour(score(data.provinces[c], measure), top)); });
    scale.replaceChildren(el("span", "0 "));
    data.ramp.forEach(function (c) { var s = el("span"); s.style.background = c; scale.appendChild(s); });
    scale.appendChild(el("span", " " + top));
    scale.firstChild.style.width = scale.lastChild.style.width = "auto";
  }
  var measure = document.getElementById("measure");
  measure.addEventListener("change", function () { shade(measure.value); });
  shade("all");
  if (data.unmatched.length) {
    var u = document.getElementById("unmatched");
    u.textContent = "ไม่พบบนแผนที่ \u00b7 not on the map: " + data.unmatched.join(", ");
    u.hidden = false;
  }
  window.phakhi = { data: data, tooltip: function (code) { show(code, 10, 10); return tip.textContent; } };
  document.body.dataset.stable = "true";
})();
