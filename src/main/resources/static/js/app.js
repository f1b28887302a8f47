// Sends the CSRF token with every htmx request (forms rendered by Thymeleaf carry it already).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// Moves focus to the error summary so that keyboard and screen reader users hear it first.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('.error-summary');
  if (summary) { summary.focus(); }
});
document.addEventListener('htmx:afterSwap', function (event) {
  var summary = event.detail.target.querySelector('.error-summary');
  if (summary) { summary.focus(); }
});
