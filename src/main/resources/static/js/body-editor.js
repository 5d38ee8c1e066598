// The body editor (editorial module): a toolbar over the CommonMark text area, the writing
// help and a preview rendered by the server while typing, a copy of the text in this
// browser until it is saved, and the page address proposed from the title. Progressive
// enhancement only: without this file the text area and the server's help work as they are.
(function () {
  'use strict';
  var STORE = 'bewonersplein.tekst:';
  var WEEK = 7 * 24 * 3600 * 1000;
  // A page with two body fields includes this file twice: set them up once.
  if (window.bewonerspleinBodyEditor) {
    return;
  }
  window.bewonerspleinBodyEditor = true;

  document.querySelectorAll('[data-body-editor]').forEach(setup);
  document.querySelectorAll('[data-address-field]').forEach(address);

  function setup(box) {
    var area = box.querySelector('textarea');
    var form = area.form;
    var bar = box.querySelector('[data-toolbar]');
    var buttons = Array.prototype.slice.call(bar.querySelectorAll('button'));
    var d = box.dataset;
    bar.hidden = false;
    box.querySelector('[data-live-preview]').hidden = false;

    // An ARIA toolbar: one tab stop, arrow keys move between the buttons.
    buttons.forEach(function (button, i) { button.tabIndex = i === 0 ? 0 : -1; });
    bar.addEventListener('keydown', function (event) {
      var i = buttons.indexOf(document.activeElement);
      var next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: buttons.length - 1 }[event.key];
      if (i < 0 || next === undefined) {
        return;
      }
      event.preventDefault();
      next = (next + buttons.length) % buttons.length;
      buttons[i].tabIndex = -1;
      buttons[next].tabIndex = 0;
      buttons[next].focus();
    });
    bar.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-action]');
      if (button) {
        buttons.forEach(function (b) { b.tabIndex = b === button ? 0 : -1; });
        run(button.getAttribute('data-action'));
      }
    });
    area.addEventListener('keydown', function (event) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) {
        return;
      }
      var action = { b: 'bold', i: 'italic', k: 'link' }[event.key.toLowerCase()];
      if (action) {
        event.preventDefault();
        run(action);
      }
    });

    function run(action) {
      switch (action) {
        case 'heading': lines(function (line) { return /^#{2,4} /.test(line) ? line.replace(/^#{2,4} /, '') : '## ' + (line || d.sampleHeading); }); break;
        case 'bold': wrap('**', d.sampleBold); break;
        case 'italic': wrap('_', d.sampleItalic); break;
        case 'list': lines(function (line) { return /^- /.test(line) ? line.slice(2) : '- ' + line; }); break;
        case 'numbered': lines(function (line, n) { return /^\d+\. /.test(line) ? line.replace(/^\d+\. /, '') : (n + 1) + '. ' + line; }); break;
        case 'quote': lines(function (line) { return /^> ?/.test(line) ? line.replace(/^> ?/, '') : '> ' + line; }); break;
        case 'table': block('| ' + d.tableHead + ' 1 | ' + d.tableHead + ' 2 |\n| --- | --- |\n| ' + d.tableCell + ' | ' + d.tableCell + ' |'); break;
        case 'link': linkDialog(); break;
        case 'video': videoDialog(); break;
        case 'image': imageDialog(); break;
      }
    }

    // Replaces the selection so that the browser's undo still works.
    function replace(start, end, text, selectFrom, selectTo) {
      area.focus();
      area.setSelectionRange(start, end);
      if (!document.execCommand || !document.execCommand('insertText', false, text)) {
        area.setRangeText(text, start, end, 'end');
        area.dispatchEvent(new Event('input', { bubbles: true }));
      }
      area.setSelectionRange(start + (selectFrom === undefined ? text.length : selectFrom),
        start + (selectTo === undefined ? text.length : selectTo));
    }

    function wrap(mark, sample) {
      var s = area.selectionStart, e = area.selectionEnd, chosen = area.value.slice(s, e) || sample;
      replace(s, e, mark + chosen + mark, mark.length, mark.length + chosen.length);
    }

    function lines(change) {
      var v = area.value, a = area.selectionStart, b = area.selectionEnd;
      if (b > a && v[b - 1] === '\n') { b--; }
      var s = a === 0 ? 0 : v.lastIndexOf('\n', a - 1) + 1;
      var e = v.indexOf('\n', b);
      if (e < 0) { e = v.length; }
      var original = v.slice(s, e);
      var text = original.split('\n').map(change).join('\n');
      // On an empty line only the sample (a heading's) is selected, so typing replaces it.
      replace(s, e, text, original === '' ? text.indexOf(' ') + 1 : 0, text.length);
    }

    // Puts a block on lines of its own, with an empty line before and after.
    function block(text) {
      var v = area.value, s = area.selectionStart, e = area.selectionEnd;
      var before = s === 0 ? '' : (v.slice(0, s).endsWith('\n\n') ? '' : (v.slice(0, s).endsWith('\n') ? '\n' : '\n\n'));
      var after = v.slice(e).startsWith('\n\n') ? '' : (v.slice(e).startsWith('\n') ? '\n' : '\n\n');
      replace(s, e, before + text + after);
    }

    function dialog(name) {
      var dlg = box.querySelector('[data-dialog="' + name + '"]');
      var error = dlg.querySelector('[data-dialog-error]');
      if (error) {
        error.hidden = true;
      }
      var selection = [area.selectionStart, area.selectionEnd];
      dlg.restore = function () { area.focus(); area.setSelectionRange(selection[0], selection[1]); };
      if (!dlg.wired) {
        dlg.wired = true;
        dlg.querySelector('[data-dialog-cancel]').addEventListener('click', function () { dlg.close(); });
        dlg.addEventListener('close', function () { if (!dlg.inserted) { dlg.restore(); } dlg.inserted = false; });
        dlg.addEventListener('keydown', function (event) {
          // Enter in a field inserts rather than submitting the article's form.
          if (event.key === 'Enter' && event.target.matches('input')) {
            event.preventDefault();
            var ok = dlg.querySelector('[data-dialog-ok]');
            if (ok) { ok.click(); } else if (dlg.search) { dlg.search(); }
          }
        });
      }
      return dlg;
    }

    function fail(dlg, message, field) {
      var error = dlg.querySelector('[data-dialog-error]');
      error.textContent = message;
      error.hidden = false;
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    }

    function insertFrom(dlg, text, asBlock) {
      dlg.inserted = true;
      dlg.close();
      dlg.restore();
      if (asBlock) { block(text); } else { replace(area.selectionStart, area.selectionEnd, text); }
    }

    function linkDialog() {
      var dlg = dialog('link');
      var text = dlg.querySelector('[data-link-text]'), url = dlg.querySelector('[data-link-url]');
      text.value = area.value.slice(area.selectionStart, area.selectionEnd);
      url.value = '';
      url.removeAttribute('aria-invalid');
      dlg.querySelector('[data-dialog-ok]').onclick = function () {
        var href = url.value.trim();
        if (!/^(\/[^\/\s]\S*|\/|https?:\/\/\S+|mailto:\S+@\S+)$/.test(href)) {
          return fail(dlg, d.linkInvalid, url);
        }
        insertFrom(dlg, '[' + (text.value.trim() || d.sampleLink).replace(/[\[\]]/g, '') + '](' + href.replace(/[()\s]/g, encodeURIComponent) + ')');
      };
      dlg.showModal();
      (text.value ? url : text).focus();
    }

    function videoDialog() {
      var dlg = dialog('video');
      var url = dlg.querySelector('[data-video-url]');
      url.value = '';
      url.removeAttribute('aria-invalid');
      dlg.querySelector('[data-dialog-ok]').onclick = function () {
        var href = url.value.trim();
        if (!/^https:\/\/\S+$/.test(href)) {
          return fail(dlg, d.videoInvalid, url);
        }
        insertFrom(dlg, href, true);
      };
      dlg.showModal();
      url.focus();
    }

    function imageDialog() {
      var dlg = dialog('image');
      var q = dlg.querySelector('[data-image-q]'), list = dlg.querySelector('[data-image-list]');
      var status = dlg.querySelector('[data-image-status]'), more = dlg.querySelector('[data-image-more]');
      var page = 1;
      function load(reset) {
        if (reset) { page = 1; list.textContent = ''; }
        status.textContent = d.imageLoading;
        fetch(d.pickerUrl + '?q=' + encodeURIComponent(q.value.trim()) + '&pagina=' + page,
          { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
          .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
          .then(function (data) {
            (data.images || []).forEach(function (image) { list.appendChild(choice(image)); });
            status.textContent = list.children.length ? '' : d.imageNone;
            more.hidden = !data.more;
          })
          .catch(function () { status.textContent = d.imageUnavailable; more.hidden = true; });
      }
      function choice(image) {
        var item = document.createElement('li');
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'image-choice';
        var img = document.createElement('img');
        img.src = image.thumbnail;
        img.alt = '';
        img.width = 160;
        img.height = Math.round(160 * (image.height || 9) / (image.width || 16));
        var label = document.createElement('span');
        label.textContent = image.decorative ? d.imageDecorative : image.alt;
        button.appendChild(img);
        button.appendChild(label);
        button.addEventListener('click', function () { insertFrom(dlg, image.markdown, true); });
        item.appendChild(button);
        return item;
      }
      dlg.search = function () { load(true); };
      more.onclick = function () { page++; load(false); };
      dlg.showModal();
      q.focus();
      load(true);
    }

    // The writing help and the preview, from the server, a moment after typing stops.
    var status = box.querySelector('[data-writing-status]');
    var help = box.querySelector('[data-writing-help]');
    var preview = box.querySelector('[data-preview-body]');
    var csrf = form && form.querySelector('input[name="_csrf"]');
    var timer, sent;
    function refresh() {
      var text = area.value;
      if (text === sent) {
        return;
      }
      sent = text;
      var body = new URLSearchParams();
      body.set('tekst', text);
      if (csrf) { body.set('_csrf', csrf.value); }
      fetch(d.helpUrl, { method: 'POST', body: body, credentials: 'same-origin', headers: { Accept: 'text/html' } })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
        .then(function (html) {
          if (sent !== text) { return; }
          var doc = new DOMParser().parseFromString(html, 'text/html');
          var newHelp = doc.querySelector('[data-part="help"]'), newPreview = doc.querySelector('[data-part="preview"]');
          if (!newHelp || !newPreview) { return; }
          help.replaceChildren.apply(help, Array.prototype.slice.call(newHelp.childNodes));
          preview.replaceChildren.apply(preview, Array.prototype.slice.call(newPreview.childNodes));
          var score = help.querySelector('.writing-score');
          status.textContent = score ? score.textContent : '';
        })
        .catch(function () { sent = undefined; });
    }
    area.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, 600);
      keep();
    });
    refresh();

    // A copy of what is typed stays in this browser until the same text is on the page
    // again (saved); coming back to the form offers to put it back.
    var key = STORE + location.pathname + '#' + area.name;
    var restore = box.querySelector('[data-restore]');
    var saveTimer;
    function keep() {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(function () {
        try { localStorage.setItem(key, JSON.stringify({ text: area.value, at: Date.now() })); } catch (e) { /* full or off */ }
      }, 400);
    }
    var kept = null;
    try { kept = JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { kept = null; }
    if (kept && (kept.text === area.value || Date.now() - kept.at > WEEK || !kept.text)) {
      try { localStorage.removeItem(key); } catch (e) { /* off */ }
    } else if (kept) {
      restore.hidden = false;
      restore.querySelector('[data-restore-yes]').addEventListener('click', function () {
        area.value = kept.text;
        restore.hidden = true;
        area.focus();
        refresh();
      });
      restore.querySelector('[data-restore-no]').addEventListener('click', function () {
        try { localStorage.removeItem(key); } catch (e) { /* off */ }
        restore.hidden = true;
        area.focus();
      });
    }
  }

  // The page address follows the title while the editor has not chosen one.
  function address(box) {
    var input = box.querySelector('input');
    var title = document.getElementById(box.getAttribute('data-title-field'));
    var shown = box.querySelector('[data-address-shown]');
    var prefix = box.getAttribute('data-prefix');
    var max = parseInt(input.getAttribute('maxlength') || '160', 10);
    var follow = box.hasAttribute('data-follow') && (input.value === '' || input.value === propose(title.value, max));
    function show() { shown.textContent = prefix + (input.value || '\u2026'); }
    if (title) {
      title.addEventListener('input', function () {
        if (follow) { input.value = propose(title.value, max); show(); }
      });
    }
    input.addEventListener('input', function () { follow = input.value === ''; show(); });
    show();
  }

  // The same rules as editorial.Slugs on the server.
  function propose(title, max) {
    var plain = title.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/\u0133/g, 'ij').replace(/\u00df/g, 'ss').replace(/\u00e6/g, 'ae').replace(/\u0153/g, 'oe').replace(/\u00f8/g, 'o')
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (plain.length <= max) {
      return plain;
    }
    var cut = plain.slice(0, max), dash = cut.lastIndexOf('-');
    return (dash > 0 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
  }
  window.bewonerspleinSlug = propose;
}());
