"""Post-transforms of the PDF edition."""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from .settings import GENERAL_INDEX


class IndexNamesInPrint(SphinxPostTransform):
    """A ``{ref}`` to an index (``news-district``, ``genindex``) prints the index's name.

    In print the indexes are at the back of the book, not documents a label
    can point at, so Sphinx would print the bare label (``news-district``).
    """

    default_priority = 5  # before the references are resolved
    builders = ("latex",)

    def run(self, **kwargs: Any) -> None:
        names = {"genindex": GENERAL_INDEX}
        domain = self.env.get_domain("news")
        names.update({f"news-{index.name}": index.localname for index in domain.indices})
        for node in list(self.document.findall(addnodes.pending_xref)):
            if node.get("refdomain") == "std" and node.get("reftype") == "ref" and node.get("refexplicit") is False:
                name = names.get(node.get("reftarget", ""))
                if name:
                    node.replace_self(nodes.inline(name, name, classes=["newsbook-index-name"]))
