/*! EU–China Cluster Cooperation Explorer — iframe resizer, version 1.
 * Add once to a page: <script src="https://HOST/PATH/embed-v1.js" defer></script>
 * It sizes every <iframe data-eu-china-explorer> to the height its page reports, accepting a
 * message only from that iframe's own window and origin. No dependencies; sends nothing. */
(function () {
  "use strict";
  var MESSAGE = "eu-china-explorer:height";
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== MESSAGE || typeof data.height !== "number" || !(data.height > 0)) return;
    var frames = document.querySelectorAll("iframe[data-eu-china-explorer]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try { origin = new URL(frame.src, document.baseURI).origin; } catch (e) { return; }
      if (event.origin !== origin) return;
      frame.style.height = Math.ceil(Math.min(data.height, 100000)) + "px";
      return;
    }
  });
})();
