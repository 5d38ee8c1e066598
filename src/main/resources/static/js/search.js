// Search suggestions while typing (search module): the WAI-ARIA combobox pattern with a
// listbox popup. Without this file the search form works as a plain form.
// Every search form on the page gets it: the header's box and the search page's own.
// The header loads this file the first time its box gets focus (site.js).
(function () {
  if (window.bewonersplein_search) {
    return;
  }
  window.bewonersplein_search = true;
  Array.prototype.forEach.call(document.querySelectorAll('form[data-search-suggest]'), enhance);

function enhance(form) {
  var input = form.querySelector('input[type="search"]');
  var list = form.querySelector('[role="listbox"]');
  var status = form.querySelector('[data-suggest-status]');
  var endpoint = form.getAttribute('data-search-suggest');
  var texts = { one: form.getAttribute('data-one'), many: form.getAttribute('data-many'), none: form.getAttribute('data-none') };
  var options = [];
  var active = -1;
  var timer = null;
  var asked = '';

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function announce(count) {
    var text = count === 0 ? texts.none : (count === 1 ? texts.one : texts.many.replace('{0}', count));
    status.textContent = text;
  }

  function show(suggestions) {
    list.textContent = '';
    options = suggestions.map(function (suggestion, index) {
      var option = document.createElement('li');
      option.id = list.id + '-' + index;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.textContent = suggestion.title;
      option.setAttribute('data-url', suggestion.url);
      option.addEventListener('mousedown', function (event) {
        event.preventDefault();
      });
      option.addEventListener('click', function () {
        choose(index);
      });
      list.appendChild(option);
      return option;
    });
    active = -1;
    if (options.length === 0) {
      close();
    } else {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
    announce(options.length);
  }

  function highlight(index) {
    options.forEach(function (option, i) {
      option.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  // A suggestion is a title: choosing it opens that page.
  function choose(index) {
    var url = options[index].getAttribute('data-url');
    input.value = options[index].textContent;
    close();
    if (url && url.charAt(0) === '/' && url.charAt(1) !== '/') {
      window.location.assign(url);
    } else {
      form.submit();
    }
  }

  function fetchSuggestions() {
    var value = input.value.trim();
    if (value.length < 2) {
      asked = value;
      close();
      return;
    }
    if (value === asked && !list.hidden) {
      return;
    }
    asked = value;
    fetch(endpoint + '?q=' + encodeURIComponent(value), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (suggestions) {
        if (input.value.trim() === value && document.activeElement === input) {
          show(suggestions);
        }
      })
      .catch(function () { close(); });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      if (list.hidden) {
        asked = '';
        fetchSuggestions();
      } else if (options.length) {
        highlight((active + 1) % options.length);
      }
      event.preventDefault();
    } else if (event.key === 'ArrowUp') {
      if (!list.hidden && options.length) {
        highlight(active <= 0 ? options.length - 1 : active - 1);
        event.preventDefault();
      }
    } else if (event.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        event.preventDefault();
        choose(active);
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else {
        input.value = '';
      }
    }
  });
  input.addEventListener('blur', function () {
    setTimeout(close, 100);
  });
  if (document.activeElement === input && input.value.trim().length >= 2) {
    fetchSuggestions();
  }
}
}());
