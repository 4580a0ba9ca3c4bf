// Small behaviours of every page, declared in the markup with data attributes, so that no template needs
// an inline script or an on…= handler (the Content-Security-Policy allows scripts from /static/ only).
//   <select data-submit-on-change>   submits its form when another option is chosen
//   <select data-go-to-value>         opens the address that the chosen option carries as its value
//   <form data-confirm="Question?">   asks before submitting
//   <input data-href="/address/">     a switch that is a link: opens the address instead of toggling
(function () {
  "use strict";
  document.addEventListener("change", (e) => {
    const field = e.target;
    if (field.matches("select[data-submit-on-change]") && field.form) {
      field.form.requestSubmit();
    } else if (field.matches("select[data-go-to-value]") && field.value) {
      window.location.assign(field.value);
    }
  });
  document.addEventListener("submit", (e) => {
    const form = e.target;
    if (form.matches("form[data-confirm]") && !window.confirm(form.dataset.confirm)) {
      e.preventDefault();
    }
  });
  document.addEventListener("click", (e) => {
    const link = e.target.closest("input[data-href]");
    if (link) {
      e.preventDefault();
      window.location.assign(link.dataset.href);
    }
  });
})();
