"""A book of generated seeds over two years and several months, for the date archive and entity pages."""

project = "newsbook-test"
language = "zh_CN"
extensions = ["myst_parser", "newsbook"]
# A list of our own: themes append to it, and Sphinx's shared default would
# carry their additions into the next build of the same process.
templates_path: list[str] = []
newsbook_seeds = "seeds"
exclude_patterns = ["_build", "seeds"]
html_theme = "sphinx_book_theme"
html_search_language = "zh"
html_theme_options = {"show_navbar_depth": 1, "collapse_navbar": True}

# pydata-sphinx-theme logs a console error without an explicit default mode.
html_context = {"default_mode": "light"}
html_split_index = True
