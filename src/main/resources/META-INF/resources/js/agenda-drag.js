// Agenda editor: drag an item onto another to move it there. Without JavaScript the ↑/↓
// buttons do the same; this only posts the same move form for the dropped position.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var list = document.querySelector('[data-agenda-editor]');
    if (!list) {
      return;
    }
    var hint = document.querySelector('[data-drag-hint]');
    if (hint) {
      hint.hidden = false;
    }
    var dragged = null;
    Array.prototype.forEach.call(list.querySelectorAll('li[data-item]'), function (item) {
      item.draggable = true;
      item.addEventListener('dragstart', function (e) {
        dragged = item;
        item.classList.add('dragging');
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', item.getAttribute('data-item'));
      });
      item.addEventListener('dragend', function () {
        item.classList.remove('dragging');
      });
      item.addEventListener('dragover', function (e) {
        if (dragged && dragged !== item) {
          e.preventDefault();
          item.classList.add('drop-target');
        }
      });
      item.addEventListener('dragleave', function () {
        item.classList.remove('drop-target');
      });
      item.addEventListener('drop', function (e) {
        e.preventDefault();
        item.classList.remove('drop-target');
        if (!dragged || dragged === item) {
          return;
        }
        var form = dragged.querySelector('form[action$="/move"]');
        if (!form) {
          return;
        }
        var body = new URLSearchParams(new FormData(form));
        body.set('position', item.getAttribute('data-position'));
        fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin' })
          .then(function () { window.location.reload(); });
      });
    });
  });
})();
