// Keyboard shortcuts for the alert inbox: j/k move between alerts, c confirms, d dismisses, s snoozes, u undoes.
// Everything also works without this script, through the forms on each alert.
(function () {
  'use strict';
  var alerts = Array.prototype.slice.call(document.querySelectorAll('article.alert'));
  if (!alerts.length) return;
  var current = -1;
  function mark(i) {
    if (current >= 0) alerts[current].classList.remove('current');
    current = i;
    alerts[i].classList.add('current');
  }
  function focus(i) {
    if (i < 0 || i >= alerts.length) return;
    mark(i);
    alerts[i].focus();
    alerts[i].scrollIntoView({block: 'nearest'});
  }
  var hash = location.hash && document.getElementById(location.hash.substring(1));
  if (hash && alerts.indexOf(hash) >= 0) focus(alerts.indexOf(hash));
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.altKey || e.ctrlKey || e.metaKey || (t && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (e.key === 'j') { focus(current + 1); e.preventDefault(); return; }
    if (e.key === 'k') { focus(Math.max(0, current - 1)); e.preventDefault(); return; }
    if (current < 0 || 'cdsu'.indexOf(e.key) < 0) return;
    var button = alerts[current].querySelector('button[data-key="' + e.key + '"]');
    if (button) { e.preventDefault(); button.click(); }
  });
  alerts.forEach(function (a, i) { a.addEventListener('focusin', function () { if (current !== i) mark(i); }); });
}());
