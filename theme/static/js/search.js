// Search page only: Pagefind's interface, in the page's language (Pagefind reads <html lang>).
window.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") return;
  new PagefindUI({
    element: "#search",
    // data-bundle is relative to this page; Pagefind would resolve it against its own script.
    bundlePath: new URL(element.getAttribute("data-bundle"), document.baseURI).href,
    showImages: false,
    resetStyles: false,
  });
});
