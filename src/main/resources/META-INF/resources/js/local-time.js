// Shows a night's time in the visitor's own time zone as well, when it differs from the
// night's zone. Progressive enhancement: without JavaScript the page shows the night's zone.
(function () {
  "use strict";
  var visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  document.querySelectorAll("[data-local-time]").forEach(function (holder) {
    var eventZone = holder.getAttribute("data-zone");
    if (!visitorZone || visitorZone === eventZone) {
      return;
    }
    var start = new Date(holder.getAttribute("data-start"));
    var end = new Date(holder.getAttribute("data-end"));
    if (isNaN(start) || isNaN(end)) {
      return;
    }
    var lang = document.documentElement.lang || undefined;
    var day = new Intl.DateTimeFormat(lang, { weekday: "long", month: "long", day: "numeric" });
    var time = new Intl.DateTimeFormat(lang, { hour: "numeric", minute: "2-digit", timeZoneName: "short" });
    var line = document.createElement("small");
    line.className = "local-time";
    line.textContent = holder.getAttribute("data-label") + " " + day.format(start) + ", " +
      time.format(start) + " – " + time.format(end);
    holder.appendChild(line);
  });
})();
