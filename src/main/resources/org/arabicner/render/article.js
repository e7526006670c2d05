// Article page: tooltips on hover and focus, clicking an entity marks all its mentions.
(function () {
  "use strict";
  var marks = document.querySelectorAll("mark.m");
  var buttons = document.querySelectorAll("button.pick");
  var status = document.getElementById("status");
  var shown = null;
  function tipOf(mark) { return document.getElementById("tip-" + mark.getAttribute("data-e")); }
  function showTip(mark) {
    hideTip();
    var tip = tipOf(mark);
    if (!tip) { return; }
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.min(Math.max(4, r.left + r.width / 2 - w / 2), window.innerWidth - w - 4);
    var top = r.top - h - 6;
    if (top < 4) { top = r.bottom + 6; }
    tip.style.left = left + "px";
    tip.style.top = top + "px";
    shown = tip;
  }
  function hideTip() { if (shown) { shown.hidden = true; shown = null; } }
  function pick(e) {
    var already = false;
    buttons.forEach(function (b) { if (b.getAttribute("data-e") === e) { already = b.getAttribute("aria-pressed") === "true"; } });
    var target = already ? null : e;
    var n = 0;
    marks.forEach(function (m) {
      var on = m.getAttribute("data-e") === target;
      m.classList.toggle("picked", on);
      if (on) { n++; }
    });
    buttons.forEach(function (b) {
      var on = b.getAttribute("data-e") === target;
      b.setAttribute("aria-pressed", on ? "true" : "false");
      b.closest("tr").classList.toggle("picked", on);
    });
    if (status) {
      status.textContent = target === null ? "" : n + (n === 1 ? " mention" : " mentions") + " marked in the text";
    }
    return n;
  }
  marks.forEach(function (m) {
    m.addEventListener("mouseenter", function () { showTip(m); });
    m.addEventListener("mouseleave", hideTip);
    m.addEventListener("focus", function () { showTip(m); });
    m.addEventListener("blur", hideTip);
    m.addEventListener("click", function () { pick(m.getAttribute("data-e")); });
    m.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(m.getAttribute("data-e")); }
    });
  });
  buttons.forEach(function (b) {
    b.addEventListener("click", function () {
      var n = pick(b.getAttribute("data-e"));
      if (n > 0 && b.getAttribute("aria-pressed") === "true") {
        var first = document.querySelector("mark.m.picked");
        if (first && first.scrollIntoView) { first.scrollIntoView({block: "nearest"}); }
      }
    });
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { hideTip(); } });
  window.addEventListener("scroll", hideTip, {passive: true});
})();
