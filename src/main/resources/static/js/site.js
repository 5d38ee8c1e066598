// Progressive enhancement only: every page works without this file.
document.documentElement.classList.add('js');
// Folding panels (filters, the admin menu): open on a wide screen, folded on a phone.
(function () {
  var panels = document.querySelectorAll('[data-collapsible]');
  if (!panels.length) {
    return;
  }
  var wide = window.matchMedia('(min-width: 48rem)');
  function apply() {
    panels.forEach(function (panel) { panel.open = wide.matches; });
  }
  apply();
  wide.addEventListener('change', apply);
})();
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
// Members map (members module): Leaflet and its tiles load only after the visitor presses
// the button; the choice is remembered (in this browser only) when they tick the box.
(function () {
  var box = document.querySelector('[data-map]');
  if (!box) {
    return;
  }
  var KEY = 'bewonersplein.kaart';
  var forget = box.querySelector('.map-optin-forget');
  function remembered() {
    try { return window.localStorage.getItem(KEY) === 'ja'; } catch (e) { return false; }
  }
  function start() {
    var live = box.querySelector('.map-live');
    if (!live.hidden) {
      return;
    }
    var style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = box.getAttribute('data-leaflet-style');
    document.head.appendChild(style);
    var script = document.createElement('script');
    script.src = box.getAttribute('data-leaflet-script');
    script.onload = function () {
      live.hidden = false;
      var map = window.L.map(live).setView([52.2, 5.4], 7);
      window.L.tileLayer(box.getAttribute('data-tiles'), {
        maxZoom: 18, attribution: box.getAttribute('data-attribution')
      }).addTo(map);
      document.querySelectorAll('[data-lat][data-lon]').forEach(function (town) {
        var popup = document.createElement('div');
        var name = document.createElement('strong');
        name.textContent = town.getAttribute('data-town');
        popup.appendChild(name);
        town.querySelectorAll('a').forEach(function (link) {
          var line = document.createElement('div');
          var copy = document.createElement('a');
          copy.href = link.getAttribute('href');
          copy.textContent = link.textContent;
          line.appendChild(copy);
          popup.appendChild(line);
        });
        window.L.circleMarker([Number(town.getAttribute('data-lat')), Number(town.getAttribute('data-lon'))],
          { radius: 8, color: '#143f5c', weight: 2, fillColor: '#f2b705', fillOpacity: 0.9 })
          .addTo(map).bindPopup(popup);
      });
    };
    document.head.appendChild(script);
  }
  box.addEventListener('click', function (event) {
    if (event.target.closest('[data-map-load]')) {
      var remember = box.querySelector('[data-map-remember]');
      if (remember && remember.checked) {
        try { window.localStorage.setItem(KEY, 'ja'); forget.hidden = false; } catch (e) { /* private mode */ }
      }
      start();
    }
    if (event.target.closest('[data-map-forget]')) {
      try { window.localStorage.removeItem(KEY); } catch (e) { /* private mode */ }
      forget.hidden = true;
    }
  });
  if (remembered()) {
    forget.hidden = false;
    start();
  }
})();
// "In de buurt van" (members module): the browser's location, only after a click and
// only if the visitor allows it, rounded to about a kilometre.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-geolocate]');
  if (!button || !navigator.geolocation) {
    return;
  }
  var form = button.closest('form');
  var message = form.querySelector('[data-geolocate-message]');
  navigator.geolocation.getCurrentPosition(function (position) {
    var lat = form.querySelector('[data-lat]');
    var lon = form.querySelector('[data-lon]');
    lat.value = position.coords.latitude.toFixed(2);
    lon.value = position.coords.longitude.toFixed(2);
    lat.disabled = false;
    lon.disabled = false;
    form.querySelector('[name=plaats]').disabled = true;
    form.submit();
  }, function () {
    message.textContent = button.getAttribute('data-geolocate-error');
  }, { timeout: 10000, maximumAge: 600000 });
});
// Header search box (search module): its suggestions script loads the first time the box
// gets focus, so that pages cost one script on a cold load.
document.addEventListener('focusin', function (event) {
  var form = event.target.closest && event.target.closest('form[data-search-script]');
  if (!form || window.bewonersplein_search) {
    return;
  }
  var src = form.getAttribute('data-search-script');
  if (document.querySelector('script[src="' + src + '"]')) {
    return;
  }
  var script = document.createElement('script');
  script.src = src;
  document.head.appendChild(script);
});
