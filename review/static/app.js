// Habeas review: keyboard shortcuts and small conveniences. Everything also works without
// this file (plain forms and links); the CSP allows scripts only from this origin.
(function () {
  'use strict';

  function typing(target) {
    if (!target || !target.tagName) return false;
    var tag = target.tagName.toLowerCase();
    return tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable;
  }

  function submit(form) {
    if (!form) return;
    if (typeof form.requestSubmit === 'function') form.requestSubmit();
    else form.submit();
  }

  function openAndFocus(id, selector) {
    var box = document.getElementById(id);
    if (!box) return false;
    if (box.tagName.toLowerCase() === 'details') box.open = true;
    var field = box.querySelector(selector || 'input:not([type=hidden]), select, textarea');
    if (field) {
      field.focus();
      box.scrollIntoView({ block: 'nearest' });
    }
    return true;
  }

  // The inbox: a selection that j / k move.
  var list = document.querySelector('[data-keyboard-list]');
  var rows = list ? Array.prototype.slice.call(list.querySelectorAll('.event-row')) : [];
  var selected = -1;

  function select(index) {
    if (!rows.length) return;
    if (selected >= 0 && rows[selected]) rows[selected].classList.remove('selected');
    selected = Math.max(0, Math.min(rows.length - 1, index));
    var row = rows[selected];
    row.classList.add('selected');
    row.scrollIntoView({ block: 'nearest' });
    var link = row.querySelector('.row-link');
    if (link) link.focus({ preventScroll: true });
  }

  rows.forEach(function (row, index) {
    row.addEventListener('click', function (event) {
      if (event.target.closest('a, button, input, label, form')) return;
      select(index);
    });
  });

  function currentRow() {
    return selected >= 0 ? rows[selected] : null;
  }

  var help = document.getElementById('help');

  function inboxKey(key) {
    var row = currentRow();
    switch (key) {
      case 'j': select(selected + 1); return true;
      case 'k': select(selected <= 0 ? 0 : selected - 1); return true;
      case 'Enter':
      case 'o': if (row) { location.href = row.dataset.href; return true; } return false;
      case 'c': if (row) { submit(row.querySelector('.quick-confirm')); return true; } return false;
      case 'r': if (row) { var reason = row.querySelector('[data-action=reason]'); if (reason) reason.focus(); return true; } return false;
      case 'e': if (row) { location.href = row.dataset.href + '#edit'; return true; } return false;
      case 'm': if (row) { location.href = row.dataset.href + '#merge'; return true; } return false;
      default: return false;
    }
  }

  function follow(key) {
    var link = document.querySelector('a[data-key="' + key + '"]');
    if (link) { location.href = link.href; return true; }
    return false;
  }

  function eventKey(key) {
    switch (key) {
      case 'j': return follow('j');
      case 'k': return follow('k');
      case 'u': return follow('u');
      case 'c': submit(document.getElementById('confirm')); return Boolean(document.getElementById('confirm'));
      case 'e': return openAndFocus('edit', '#edit-date');
      case 'r': return openAndFocus('reject', 'textarea');
      case 'm': return openAndFocus('merge', '#merge-target');
      default: return false;
    }
  }

  var onEventPage = Boolean(document.querySelector('.event-grid'));

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(event.target)) {
      if (event.key === 'Escape') event.target.blur();
      return;
    }
    if (event.key === '?') {
      if (help && typeof help.showModal === 'function' && !help.open) help.showModal();
      event.preventDefault();
      return;
    }
    if (help && help.open) return;
    if (event.key === 'Enter' && !rows.length) return;
    var handled = rows.length ? inboxKey(event.key) : onEventPage ? eventKey(event.key) : false;
    if (!handled && event.key === 'u') handled = follow('u');
    if (handled) event.preventDefault();
  });

  // Enter in the reject reason sends it (Shift+Enter for a new line).
  var reason = document.getElementById('reject-reason');
  if (reason) {
    reason.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey && reason.value.trim()) {
        event.preventDefault();
        submit(reason.form);
      }
    });
  }

  // A second click on a slow connection must not send the decision twice.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.method && form.method.toLowerCase() === 'post') {
      window.setTimeout(function () {
        Array.prototype.forEach.call(form.querySelectorAll('button[type=submit]'), function (button) { button.disabled = true; });
      }, 0);
    }
  });

  // Deep links from the inbox (e / m) open the right form.
  if (location.hash === '#edit') openAndFocus('edit', '#edit-date');
  if (location.hash === '#merge') openAndFocus('merge', '#merge-target');
  var invalid = document.querySelector('[aria-invalid=true]');
  if (invalid) invalid.focus();
})();
