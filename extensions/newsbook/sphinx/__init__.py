"""The Sphinx half of newsbook, by Sphinx component.

===========================  =================================================================
:mod:`.sources`              seeds -> ``articles/`` (MyST pages), the one gate for seeds
:mod:`.seedcache`            parsed seeds kept between builds
:mod:`.page_names`           which source files may become pages
:mod:`.trust`                what a page may do when its author is not trusted
:mod:`.nesting`              pages nested deeper than Python can read
:mod:`.toctree_depth`        tables of contents in loops, too deep or repeated, cut
:mod:`.files`                the one atomic, write-if-changed writer
:mod:`.dates`                dates as the book prints them
:mod:`.domain`               the ``news`` domain: records, roles, directives, indices
:mod:`.html`                 HTML output: entity pages, listings, metadata block, map
:mod:`.latex`                the PDF edition: settings, preamble, translator
:mod:`.search`               the Chinese search language and its dictionary
:mod:`.speedups`             optional, measured speed-ups (``newsbook_speedups``)
:mod:`.workarounds`          fixes for bugs and gaps of Sphinx and its themes
===========================  =================================================================

:func:`newsbook.setup` wires them, in the order they run.
"""
