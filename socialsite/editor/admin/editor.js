/* Starts Decap with our file format, the corrected Lithuanian interface and the interface
 * language the address asks for (/admin/?lang=ru for Russian; Lithuanian by default): the
 * form's labels come from config.yml?lang=…, made by socialsite/editor/config.py. */
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

  // Decap leaves some controls without an accessible name (axe: aria-input-field-name,
  // button-name, aria-command-name): the raw Markdown textbox gets its field's label, the icon
  // buttons of a list item (the cover photo) and its drag handle get words.
  var words = {
    lt: { toggle: "Išskleisti arba suskleisti", remove: "Pašalinti", move: "Perkelti" },
    ru: { toggle: "Развернуть или свернуть", remove: "Удалить", move: "Переместить" },
  }[lang];
  function unnamed(el) {
    return !el.getAttribute("aria-label") && !el.textContent.trim();
  }
  new MutationObserver(function () {
    document.querySelectorAll('[role="textbox"]:not([aria-label])').forEach(function (box) {
      var control = box.closest('[class*="ControlContainer"]');
      var label = control && control.querySelector("label");
      if (label) box.setAttribute("aria-label", label.textContent.replace(/\s*\(.*\)$/, ""));
    });
    document.querySelectorAll('[class*="TopBarButton"]').forEach(function (button) {
      if (!unnamed(button)) return;
      var first = !button.previousElementSibling;
      button.setAttribute("aria-label", first ? words.toggle : words.remove);
    });
    document.querySelectorAll('[aria-roledescription="sortable"]').forEach(function (handle) {
      if (!handle.getAttribute("aria-label")) handle.setAttribute("aria-label", words.move);
    });
  }).observe(document.body, { childList: true, subtree: true });
})();
