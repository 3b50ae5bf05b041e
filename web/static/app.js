// Progressive enhancement only: every feature here also works without JavaScript.
// "/" focuses the search box; changing a date in the date-range facet applies it at once.
document.addEventListener("keydown", function (e) {
  var box = document.querySelector(".search input[type=search]");
  if (e.key === "/" && box && document.activeElement !== box && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
    e.preventDefault();
    box.focus();
  }
});
document.addEventListener("change", function (e) {
  var form = e.target.form;
  if (form && form.classList.contains("dates") && e.target.type === "date" && e.target.value) {
    form.submit();
  }
});
