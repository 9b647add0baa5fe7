"""Sphinx configuration of the newsbook book."""

project = "newsbook"
author = "newsbook contributors"
copyright = "newsbook contributors"
language = "zh_CN"

extensions = ["myst_parser", "newsbook"]
# A list of our own: themes append to it, and Sphinx's shared default would
# carry their additions into the next build of the same process.
templates_path: list[str] = []

# Where the printed pages are and where their MyST pages are generated.
newsbook_seeds = "../seeds"
newsbook_articles_dir = "articles"

root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
myst_enable_extensions: list[str] = []

html_theme = "sphinx_book_theme"
html_title = "newsbook"
html_search_language = "zh"
html_theme_options = {
    "show_navbar_depth": 1,
    "collapse_navbar": True,
    "show_toc_level": 1,
    "use_download_button": False,
    "use_fullscreen_button": False,
}
html_last_updated_fmt = None
# One page of the general index per pinyin letter: at 10,000 articles a single
# genindex.html would weigh about 8 MB (bench/, docs/performance.md).
html_split_index = True

# pydata-sphinx-theme logs a console error without an explicit default mode.
html_context = {"default_mode": "light"}

# Open data (README, "Open data"): with the address the book is published at, links in the
# dataset, JSON-LD and citations are absolute and newsbook writes Atom feeds and a sitemap;
# with the repository, every article page links to a prefilled correction issue.
# html_baseurl = "https://example.org/newsbook/"
# newsbook_repository_url = "https://github.com/example/newsbook"
