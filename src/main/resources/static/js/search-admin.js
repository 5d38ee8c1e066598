// Search admin (search module): while a re-index runs, its progress is updated every
// second without reloading the page. Without this file the page has a refresh link.
(function () {
  var box = document.querySelector('[data-reindex-progress]');
  if (!box || !box.querySelector('progress')) {
    return;
  }
  var url = box.getAttribute('data-reindex-progress');
  var text = box.querySelector('[data-reindex-text]');
  var bar = box.querySelector('progress');
  function poll() {
    fetch(url, { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (progress) {
        text.textContent = progress.text;
        if (progress.total > 0) {
          bar.value = Math.min(100, Math.round(progress.done * 100 / progress.total));
          bar.textContent = bar.value + '%';
        }
        if (progress.state === 'running') {
          setTimeout(poll, 1000);
        } else {
          bar.value = 100;
        }
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 1000);
}());
