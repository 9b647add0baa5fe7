// newsbook: the copy button and the downloads of the "引用本文" block.  They are
// hidden in the HTML and shown here, so that a page without scripts shows no dead
// control.  A download link carries its BibTeX or RIS text in data-cite-text (once,
// as text: a data: address would percent-encode it to three times its size); here
// it becomes a file the link downloads.
document.addEventListener("DOMContentLoaded", () => {
  for (const link of document.querySelectorAll("a[data-cite-text]")) {
    if (!window.Blob || !window.URL) continue;
    const type = `${link.dataset.citeType || "text/plain"};charset=utf-8`;
    link.href = URL.createObjectURL(new Blob([link.dataset.citeText], { type }));
    link.hidden = false;
  }
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
