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
})();
