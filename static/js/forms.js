/* Silta's forms: a form that comes back with errors moves the focus to its error summary
 * (or, without a form, to a problem told at the top of the page),
 * so that a screen reader reads the list of problems and a keyboard user starts from it
 * (WCAG 3.3.1, 3.3.3). Each link in the summary then moves the focus to its field, with
 * the field's label or question in view. Loaded with `defer`; no inline script (CSP). */
(function () {
  "use strict";

  var FOCUSABLE = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])";

  function focusField(target) {
    // A group of radios or checkboxes is a fieldset: focus its first option.
    var field = target.matches(FOCUSABLE) ? target : target.querySelector(FOCUSABLE);
    if (!field) {
      return false;
    }
    var question = target.closest(".mb-3, fieldset") || target;
    question.scrollIntoView({ block: "start" });
    field.focus({ preventScroll: true });
    return true;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest(".error-summary a[href^='#']") : null;
    if (!link) {
      return;
    }
    var target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (target && focusField(target)) {
      event.preventDefault();
    }
  });

  // The error summary of a form; else a problem told at the top of the page
  // ("This pair was rejected…"), which would otherwise go unnoticed by a screen reader.
  var problem = document.getElementById("error-summary") || document.querySelector(".flash-problem");
  if (problem) {
    problem.focus();
  }
})();
