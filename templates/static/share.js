// "Share" on a night's page and a ticket: the phone's own share sheet where there is one,
// else the night's link copied, said on the button. Without this script the button is a link
// to the night's page, which is what is shared.
"use strict";
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("a[data-share]");
  if (!link) return;
  var url = link.href;
  if (navigator.share) {
    event.preventDefault();
    navigator.share({ title: link.getAttribute("data-title") || document.title, url: url }).catch(function () {});
  } else if (navigator.clipboard && navigator.clipboard.writeText) {
    event.preventDefault();
    navigator.clipboard.writeText(url).then(function () {
      link.textContent = link.getAttribute("data-copied");
      link.setAttribute("aria-live", "polite");
    }, function () { window.location.href = url; });
  }
});
