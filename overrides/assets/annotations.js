// Material draws the number of each code annotation as an empty link whose digit comes from
// CSS, so a screen reader finds a link with no name. Name each one ("注释 1", "Annotation 1")
// as Material adds it to the page, on the first load and after every instant navigation.
(() => {
  const word = document.documentElement.lang.startsWith("zh") ? "注释" : "Annotation";
  const name = () => {
    for (const link of document.querySelectorAll("a.md-annotation__index:not([aria-label])")) {
      const number = link.querySelector("[data-md-annotation-id]")?.dataset.mdAnnotationId ?? "";
      link.setAttribute("aria-label", `${word} ${number}`.trim());
    }
  };
  new MutationObserver(name).observe(document.body, { childList: true, subtree: true });
  name();
})();
