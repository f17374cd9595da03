/* Starts Decap with our file format, the corrected Lithuanian interface and the interface
 * language the address asks for (/admin/?lang=ru for Russian; Lithuanian by default): the
 * form's labels come from config.yml?lang=…, made by plugins/editor/config.py. */
(function () {
  "use strict";
  var asked = new URLSearchParams(window.location.search).get("lang");
  var lang = asked === "ru" ? "ru" : "lt";
  document.documentElement.lang = lang;
  var link = document.createElement("link");
  link.rel = "cms-config-url";
  link.type = "text/yaml";
  link.href = "config.yml?lang=" + lang;
  document.head.appendChild(link);
  CMS.registerLocale("lt", window.DecapLocaleLt);
  CMS.registerCustomFormat("pelican-md", "md", window.PelicanFormat);
  CMS.init();

  // Decap's raw Markdown editor (a Slate textbox) has no accessible name; give it its field's
  // label, so a screen reader says "Tekstas" (axe: aria-input-field-name).
  new MutationObserver(function () {
    document.querySelectorAll('[role="textbox"]:not([aria-label])').forEach(function (box) {
      var control = box.closest('[class*="ControlContainer"]');
      var label = control && control.querySelector("label");
      if (label) box.setAttribute("aria-label", label.textContent.replace(/\s*\(.*\)$/, ""));
    });
  }).observe(document.body, { childList: true, subtree: true });
})();
