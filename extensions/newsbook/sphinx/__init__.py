"""The Sphinx half of newsbook: page generation, the ``news`` domain, search, PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup_extension(app: Sphinx) -> None:
    """Config values, events and components; called from ``newsbook.setup``."""
    from . import (
        article,
        domain,
        entities,
        entity_pages,
        generate,
        header_html,
        index_pages,
        indices,
        latex,
        memory,
        performance,
        safety,
        search,
    )

    app.add_config_value("newsbook_seeds", "../seeds", "env", types=frozenset({str}))
    app.add_config_value("newsbook_articles_dir", "articles", "env", types=frozenset({str}))
    app.add_config_value("newsbook_entities_dir", "entities", "env", types=frozenset({str}))
    app.add_domain(domain.NewsDomain)
    app.add_directive_to_domain("news", "entity", entities.EntityDirective)
    app.add_directive_to_domain("news", "district-overview", entities.OverviewDirective)
    for index in (indices.DistrictIndex, indices.ReporterIndex, indices.CampaignIndex):
        app.add_index_to_domain("news", index)
    app.add_node(entities.entity_listing)
    app.add_node(article.article_metadata)
    app.add_node(header_html.metadata_html, html=(header_html.visit_metadata_html, None))
    app.add_node(entities.district_overview)
    app.connect("config-inited", generate.configure)
    app.connect("builder-inited", generate.generate_pages)
    app.add_transform(article.ArticleHeader)
    app.add_post_transform(header_html.MakeMetadata)
    app.connect("doctree-resolved", entities.fill_placeholders)
    app.connect("doctree-resolved", article.add_siblings)
    app.connect("env-updated", entities.pages_to_rewrite)
    app.connect("html-collect-pages", entity_pages.collect)
    app.connect("builder-inited", index_pages.write_only_changed_indices)
    search.setup(app)
    latex.setup(app)
    app.connect("builder-inited", _add_static)
    app.add_css_file("newsbook.css")
    performance.setup(app)
    memory.setup(app)
    safety.setup(app)


def _add_static(app: Sphinx) -> None:
    """Ship the book's stylesheet with every HTML build."""
    from pathlib import Path

    static = str(Path(__file__).with_name("static"))
    if static not in app.config.html_static_path:
        app.config.html_static_path.append(static)
