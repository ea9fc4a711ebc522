/* global document, requestAnimationFrame */
// Starts the portal's scripts once index.html's first paint (the name and a spinner) is on screen:
// defer-entry.ts moved the entry and its module preloads here (data-entry, data-preload). The timer covers a page
// opened in a background tab, where animation frames wait until it is shown.
(function () {
  var me = document.currentScript;
  var entry = me.getAttribute('data-entry');
  var preloads = (me.getAttribute('data-preload') || '').split(' ').filter(Boolean);
  var started = false;
  function add(tag, attributes) {
    var el = document.createElement(tag);
    for (var name in attributes) el.setAttribute(name, attributes[name]);
    document.head.appendChild(el);
  }
  function start() {
    if (started) return;
    started = true;
    preloads.forEach(function (href) {
      add('link', { rel: 'modulepreload', crossorigin: '', href: href });
    });
    add('script', { type: 'module', crossorigin: '', src: entry });
  }
  requestAnimationFrame(function () {
    setTimeout(start, 0);
  });
  setTimeout(start, 200);
})();
