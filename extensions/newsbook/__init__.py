"""newsbook: publish a newspaper's archive as a searchable, cross-referenced book.

The package has two halves.  The parser (``reader``, ``segment``, ``credits``,
``gazetteer``, ``campaigns``, ``parser``, ``myst``) is plain Python and imports
nothing from Sphinx, so ``newsbook parse`` and the tests of extraction run in
milliseconds.  The Sphinx extension (:mod:`newsbook.sphinx`) turns seeds into
MyST pages at ``builder-inited`` and collects the indexes from page metadata.
Sphinx is imported only inside :func:`setup`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata


def setup(app: Sphinx) -> ExtensionMetadata:
    """Register newsbook with Sphinx (``extensions = ["myst_parser", "newsbook"]``).

    What newsbook adds, in the order it runs in a build (numbers are event
    priorities where the order matters; Sphinx's default is 500):

    ======================  ==========================================================================
    ``config-inited``       sphinx-sitemap when ``html_baseurl`` is set (``html.sitemap``); newsbook's
                            redirect page for sphinx-reredirects (``html.redirects``);
                            900 source files whose names need escaping left out and linked files named
                            (``page_names``), a linked build folder refused (``trust``);
                            Chinese defaults (``sources.configure``); newsbook's templates and static
                            folder; no navigation tree in the sidebar, no second search field above
                            the page (workaround, ``book_theme_header``); LaTeX settings; speed-ups
    ``builder-inited``      50 Pagefind search takes over the search page (``search.page``);
                            100 search state and jieba check; 500 seeds -> pages (``sources``); 600 one
                            year's editions only (``latex.volumes``, ``newsbook_year``); raw
                            output and file insertion off unless pages are trusted (``trust``);
                            600 the dataset records (``html.dataset``);
                            800 the search dictionary and language
    ``env-get-outdated``    pages whose words the search dictionary gained or lost; the pages of
                            removed documents deleted (``html.removed_pages``)
    parser                  myst-parser's, reading a page nested too deep as its text (``nesting``)
    transform 1             what lies past fifty levels lifted out of its containers (``nesting``)
    transform 200, 201, 202 raw markup shown as text, files outside the book not copied, index keys
                            that would be markup dropped (``trust``)
    transform 800           an article's front matter -> ``news`` domain record and header
    directives              ``news:entity``, ``news:district-overview``, ``news:archive-overview``;
                            roles ``news:district`` …
    ``env-updated``         100 table-of-contents entries in loops, too deep or repeated left out
                            (``toctree_depth``); hand-written pages whose listings or archive overview changed; gone
                            entity and archive pages deleted
    post-transform 4        an article's body marked for Pagefind, with its record (``search.record``)
    post-transform 5        the metadata block (``html.metadata``); index names in print
    ``doctree-resolved``    listings, the district map and the archive overview of hand-written pages;
                            previous/next links; an edition's link to its month (``html.archive``)
    ``html-page-context``   JSON-LD and the citation block of article pages (``html.structured``);
                            links to the Atom feeds (``html.feeds``); the general index's one-page
                            version as its letters only; 900 workarounds: the print header's title,
                            the page-name script
    ``html-collect-pages``  the date archive's year and month pages (``html.archive``, event
                            ``newsbook-archive-pages``: 400 speed-up: unchanged pages);
                            the generated entity pages (event ``newsbook-entity-pages``: 100 search
                            index, 400 speed-up: unchanged pages); search titles escaped (Sphinx 8);
                            the Pagefind search page (100 speed-up: Pagefind started early);
                            redirect pages at the old addresses of moved pages (``html.redirects``);
                            600 every published address still a page or redirected (``html.published``)
    ``build-finished``      the words the search index was built with; ``data/`` (``html.dataset``); feeds;
                            the search strip's names and the Pagefind index (``search.pagefind_index``)
    ======================  ==========================================================================
    """
    from . import bookconf
    from .sphinx import nesting, page_names, page_size, sources, speedups, toctree_depth, trust
    from .sphinx import search as search_language
    from .sphinx.domain import NewsDomain, articles, directives, indices, listings
    from .sphinx.html import (
        archive,
        entity_pages,
        feeds,
        general_index,
        metadata,
        published,
        redirects,
        removed_pages,
        siblings,
        sidebars,
        sitemap,
        static,
        structured,
        templates,
    )
    from .sphinx.html import dataset as html_dataset
    from .sphinx.latex import settings as latex_settings
    from .sphinx.latex import transforms as latex_transforms
    from .sphinx.latex import translator as latex_translator
    from .sphinx.latex import volumes
    from .sphinx.search import page as search_page
    from .sphinx.search import pagefind_index
    from .sphinx.search import record as search_record
    from .sphinx.workarounds import (
        book_theme_header,
        eval_rst_pending,
        hlist_columns,
        index_target_runs,
        line_number_spec,
        markdown_nesting,
        page_name_script,
        print_header_title,
        search_entity_pages,
        search_titles,
        sitemap_every_page,
        toctree_cycles,
    )

    # Configuration.
    app.add_config_value("newsbook_seeds", "../seeds", "env", types=frozenset({str}))
    # Lines of a seed past this are left out with a warning (a printed page has a few hundred).
    app.add_config_value("newsbook_seed_max_lines", bookconf.DEFAULT_SEED_MAX_LINES, "env", types=frozenset({int}))
    app.add_config_value("newsbook_articles_dir", bookconf.DEFAULT_ARTICLES_DIR, "env", types=frozenset({str}))
    app.add_config_value("newsbook_entities_dir", bookconf.DEFAULT_ENTITIES_DIR, "env", types=frozenset({str}))
    app.add_config_value("newsbook_archive_dir", "archive", "env", types=frozenset({str}))
    # An entity with more articles shows the newest on its page and the rest on one page per year.
    app.add_config_value("newsbook_entity_page_size", 100, "html", types=frozenset({int}))
    # ... and a year page of more than this many articles lists its months, each on a page of its own.
    app.add_config_value("newsbook_entity_year_size", 400, "html", types=frozenset({int}))
    speedups.add_config_value(app)
    app.add_config_value("newsbook_trusted_pages", False, "env", types=frozenset({bool}))
    app.add_config_value("newsbook_year", "", "env", types=frozenset({str, int}))  # one volume: make pdf YEAR=…
    app.add_config_value("newsbook_search", "pagefind", "html", types=frozenset({str}))
    # Above this many articles the search index is cut into periods of months (search.shards).
    app.add_config_value("newsbook_search_shard_size", 3000, "html", types=frozenset({int}))
    # After Sphinx merges the source suffixes that extensions (myst-parser) register (priority 800).
    app.connect("config-inited", page_names.refuse_unsafe_documents, priority=900)
    app.connect("config-inited", trust.linked_build_folder, priority=900)
    app.connect("config-inited", trust.no_book_wide_substitutions, priority=900)
    app.connect("config-inited", sources.configure)
    app.connect("config-inited", templates.add_templates_path)
    app.connect("config-inited", static.add_static_path)
    app.connect("config-inited", sidebars.sidebars_without_navigation)
    app.connect("config-inited", book_theme_header.no_second_search_field)  # workaround: sphinx-book-theme#986
    app.connect("config-inited", latex_settings.configure)
    app.connect("config-inited", speedups.set_up_chosen)

    # Sources: seeds -> pages, and the search dictionary of their words.
    search_language.setup(app)  # newsbook_search_domain_words; builder-inited 100 and 800; outdated; finished
    app.add_event(sources.EVENT)
    app.connect("builder-inited", sources.generate_pages)
    app.connect("builder-inited", volumes.only_one_year, priority=600)  # newsbook_year: one year's editions

    # Pages whose authors are not trusted: no raw markup, no file from outside the book.
    app.connect("builder-inited", trust.untrusted_pages)
    # A hand-written page past newsbook_page_max_lines or _characters is cut first, before any other reading.
    page_size.add_config_values(app)
    app.connect("config-inited", page_size.check_limits)
    app.connect("source-read", page_size.cut_long_page, priority=400)
    app.connect("source-read", trust.printable_text)
    app.connect("source-read", trust.front_matter_aliases)
    app.connect("source-read", trust.parser_settings)
    app.add_transform(trust.RawAsText)
    app.add_transform(trust.PrintableCharacters)
    app.add_transform(trust.MathAsText)
    app.add_transform(trust.FilesInsideTheBook)
    app.add_transform(trust.PlainIndexKeys)
    app.add_transform(trust.PlainTableSpecs)
    app.add_transform(trust.SafeAddresses)
    app.add_post_transform(trust.PrintableImages)
    app.add_post_transform(trust.PrintableNumbers)
    app.add_post_transform(trust.PrintableLengths)
    # Pages nested deeper than Python's recursion can read or Sphinx can pickle.
    app.add_source_parser(nesting.ParserWithinDepth, override=True)
    app.add_transform(nesting.NestingWithinDepth)
    # Tables of contents in loops, deeper than twenty levels or listing a page twice.
    app.connect("env-updated", toctree_depth.cut_toctrees, priority=100)
    app.connect("env-get-outdated", toctree_depth.read_cut_pages_again)

    # The news domain.
    app.add_domain(NewsDomain)
    app.add_directive_to_domain("news", "entity", directives.EntityDirective)
    app.add_directive_to_domain("news", "district-overview", directives.OverviewDirective)
    for index in (indices.DistrictIndex, indices.ReporterIndex, indices.CampaignIndex):
        app.add_index_to_domain("news", index)
    app.add_node(directives.entity_listing)
    app.connect("env-check-consistency", directives.warn_shared_entities)
    app.add_node(directives.district_overview)
    app.add_node(articles.article_metadata)
    app.add_transform(articles.ArticleHeader)
    app.connect("env-updated", listings.pages_to_rewrite)

    # Search on Pagefind (newsbook_search = "pagefind"; "sphinx" keeps Sphinx's own).
    app.connect("builder-inited", search_page.take_over_search, priority=50)
    app.add_node(
        search_record.search_body,
        html=(search_record.visit_search_body, search_record.depart_search_body),
    )
    app.add_post_transform(search_record.MarkSearchBody)
    app.connect("html-collect-pages", search_page.search_page)
    app.connect("build-finished", search_page.write_search_files)
    app.connect("build-finished", pagefind_index.run_pagefind, priority=900)

    # HTML output.
    app.add_node(metadata.metadata_html, html=(metadata.visit_metadata_html, None))
    app.add_post_transform(metadata.MetadataForHTML)
    app.add_post_transform(metadata.MetadataAsNodes)
    app.connect("doctree-resolved", listings.fill_placeholders)
    app.connect("doctree-resolved", siblings.add_siblings)
    app.connect("env-updated", entity_pages.remove_gone)
    app.connect("env-get-outdated", removed_pages.remove_pages)  # a fresh build would not have them
    app.add_event(entity_pages.EVENT)
    app.connect(entity_pages.EVENT, search_entity_pages.index_entity_pages, priority=100)
    app.connect("html-collect-pages", entity_pages.collect)
    # The date archive: year and month pages, the landing page's overview, links from editions.
    app.add_event(archive.EVENT)
    app.connect("html-collect-pages", archive.collect)
    app.add_directive_to_domain("news", "archive-overview", directives.ArchiveOverviewDirective)
    app.add_node(directives.archive_overview)
    app.connect("doctree-resolved", archive.fill_overviews)
    app.connect("doctree-resolved", archive.edition_month_link)
    app.connect("env-updated", archive.overview_pages_to_rewrite)
    app.connect("env-updated", archive.remove_gone)
    app.add_css_file("newsbook.css")

    # Open data: the dataset, structured data and citations (issue 20).
    html_dataset.add_config_values(app)  # newsbook_dataset, newsbook_publication
    structured.add_config_values(app)  # newsbook_structured_data, newsbook_citation, newsbook_repository_url
    app.connect("builder-inited", html_dataset.make_records, priority=600)
    app.connect("html-page-context", structured.add_to_page)
    app.connect("build-finished", html_dataset.write)
    feeds.add_config_values(app)  # newsbook_feeds (with html_baseurl), newsbook_feed_length
    app.connect("html-page-context", feeds.link_to_feeds)
    app.connect("build-finished", feeds.write)
    sitemap.add_config_value(app)  # newsbook_sitemap: sphinx-sitemap, loaded when html_baseurl is set
    app.connect("config-inited", sitemap.load)
    app.add_js_file("newsbook_cite.js")
    # Redirect pages at the old addresses of moved pages, written by sphinx-reredirects.
    app.setup_extension(redirects.EXTENSION)
    redirects.add_config_value(app)  # newsbook_redirects: the redirects file (seeds/redirects.toml)
    app.connect("config-inited", redirects.use_template)
    app.connect("html-collect-pages", redirects.collect)
    # Every address recorded as published is still a page or redirected (seeds/published-addresses.list).
    published.add_config_value(app)  # newsbook_published_addresses: the file ("": in the seeds; False: off)
    app.connect("html-collect-pages", published.collect, priority=600)

    # LaTeX output.
    app.add_post_transform(latex_transforms.IndexNamesInPrint)
    app.add_post_transform(latex_transforms.ListsWithinPrintDepth)
    app.set_translator("latex", latex_translator.NewsbookLaTeXTranslator)

    # Workarounds for Sphinx and theme bugs (newsbook.sphinx.workarounds).
    app.connect("html-page-context", print_header_title.escape_page_title, priority=900)
    app.connect("html-page-context", page_name_script.escape_page_name_script, priority=900)
    app.connect("build-finished", sitemap_every_page.every_page, priority=400)
    app.add_transform(eval_rst_pending.LeftoverPending)
    line_number_spec.bound_line_number_specs()
    toctree_cycles.walk_without_recursion()
    index_target_runs.reorder_runs_once()
    app.add_directive("hlist", hlist_columns.BoundedHList, override=True)
    app.connect("source-read", markdown_nesting.warn_unread_lines)
    # The whole general index on one page is not written (html.general_index).
    app.connect("html-page-context", general_index.letters_only)
    if search_titles.NEEDED:
        app.connect("html-collect-pages", search_titles.escape_search_titles)

    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True, "env_version": 2}
