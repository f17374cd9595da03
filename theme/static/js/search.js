// Search page only: Pagefind's interface, in the page's language (Pagefind reads <html lang>).
window.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") return;
  new PagefindUI({
    element: "#search",
    bundlePath: element.getAttribute("data-bundle"),
    showImages: false,
    resetStyles: false,
  });
});
