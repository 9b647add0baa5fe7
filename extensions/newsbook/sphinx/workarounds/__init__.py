"""Workarounds for bugs and gaps of Sphinx and its themes, one module each.

Each module's docstring names what it mends, where upstream, and when it can
go.  These are the only modules besides :mod:`..speedups` that wrap or patch
a function of Sphinx, a theme or jieba, or touch their internals.

==================================  ==========================================================
:mod:`.book_theme_header`           sphinx-book-theme 1.4 shows a bar with a second search field
:mod:`.chinese_stemmer`             Sphinx 9.0's Chinese search names an undefined stemmer
:mod:`.eval_rst_pending`            myst-parser's ``{eval-rst}`` leaves nodes that crash the writers
:mod:`.hlist_columns`               Sphinx's ``hlist`` takes any number of columns, zero included
:mod:`.index_target_runs`           Sphinx reorders a run of index entries from each of its targets
:mod:`.line_number_spec`            Sphinx lists every line an ``emphasize-lines`` range names, unbounded
:mod:`.markdown_nesting`            markdown-it leaves out, unsaid, what is nested past twenty levels
:mod:`.page_name_script`            pydata-sphinx-theme writes the page name into a script
:mod:`.print_header_title`          sphinx-book-theme prints the page title unescaped
:mod:`.search_titles`               Sphinx's search page shows titles with ``innerHTML``
:mod:`.search_entity_pages`         Sphinx's search index holds documents only
:mod:`.sitemap_every_page`          sphinx-sitemap lists only the pages the last build wrote
:mod:`.toctree_cycles`              Sphinx recurses through a table of contents that loops back
==================================  ==========================================================
"""
