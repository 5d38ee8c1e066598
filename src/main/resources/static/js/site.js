// Progressive enhancement only: every page works without this file.
document.documentElement.classList.add('js');
document.addEventListener('click', function (event) {
  var trigger = event.target.closest('[data-print]');
  if (trigger) {
    event.preventDefault();
    window.print();
  }
});
