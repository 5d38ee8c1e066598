// Progressive enhancement only: every page works without this file.
document.documentElement.classList.add('js');
document.addEventListener('click', function (event) {
  var trigger = event.target.closest('[data-print]');
  if (trigger) {
    event.preventDefault();
    window.print();
  }
});
// Video placeholders (content module): the player is framed only after a click, so
// nothing is requested from the video host before that.
document.addEventListener('click', function (event) {
  var play = event.target.closest('[data-video-play]');
  if (!play) {
    return;
  }
  var figure = play.closest('[data-video]');
  var frame = document.createElement('iframe');
  frame.src = figure.getAttribute('data-video');
  frame.title = figure.getAttribute('data-video-title');
  frame.setAttribute('allow', 'autoplay; fullscreen; picture-in-picture');
  frame.setAttribute('allowfullscreen', '');
  frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  var placeholder = figure.querySelector('.video-placeholder');
  placeholder.hidden = true;
  figure.insertBefore(frame, placeholder);
  frame.focus();
});
