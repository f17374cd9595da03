// Search page only: Pagefind's interface, in the page's language (Pagefind reads <html lang>).
window.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") return;
  var strings = document.getElementById("search-strings");
  new PagefindUI({
    translations: strings ? JSON.parse(strings.textContent) : {},
    element: "#search",
    // data-bundle is relative to this page; Pagefind would resolve it against its own script.
    bundlePath: new URL(element.getAttribute("data-bundle"), document.baseURI).href,
    showImages: false,
    resetStyles: false,
  });
});
