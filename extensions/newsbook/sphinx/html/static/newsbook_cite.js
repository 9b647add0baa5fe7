// newsbook: the copy button of the "引用本文" block.  The button is hidden in
// the HTML and shown here, so that a page without scripts shows no dead button.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("button.newsbook-cite-copy")) {
    const source = document.getElementById(button.dataset.copy);
    if (!source || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      await navigator.clipboard.writeText(source.textContent);
      button.textContent = "已复制";
    });
  }
});
