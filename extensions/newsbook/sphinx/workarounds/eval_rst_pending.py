"""myst-parser's ``{eval-rst}`` leaves docutils' ``pending`` nodes in the page, and the writers crash on them.

myst-parser 5.2 parses the reStructuredText of ``{eval-rst}`` into a
document of its own and copies its nodes into the page, but a directive
that leaves its work to a later transform (``.. rst-class::`` notes a
``pending`` node for :class:`docutils.transforms.misc.ClassAttribute`)
registers it with that other document, whose transforms never run.  The
``pending`` node reaches the writer, which stops the whole build, HTML and
PDF alike ("unknown node type: pending"): one line of a hand-written page
in a pull request was enough (no upstream issue found).

Each such node is handed to its transform here, at the priority docutils
would have run it; any other ``pending`` node left over is removed, named
in a warning.  Remove this when myst-parser
runs the transforms of the nodes it copies.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from docutils.transforms.misc import ClassAttribute
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

logger = logging.getLogger(__name__)


class LeftoverPending(SphinxTransform):
    """Apply the ``pending`` nodes that no transformer of this page will apply."""

    default_priority = ClassAttribute.default_priority

    def apply(self, **kwargs: Any) -> None:
        noted = {id(entry[2]) for entry in self.document.transformer.transforms if len(entry) > 2}
        for pending in list(self.document.findall(nodes.pending)):
            if id(pending) in noted or pending.parent is None:
                continue
            if pending.transform is ClassAttribute:
                # Gives the class to the next element, or replaces the node by docutils' own error.
                ClassAttribute(self.document, startnode=pending).apply()
                continue
            logger.warning(
                "%s left out: it cannot be applied inside {eval-rst}",
                getattr(pending.transform, "__name__", "a directive"),
                location=pending,
                type="newsbook",
                subtype="eval-rst",
            )
            if pending.parent is not None:
                pending.parent.remove(pending)
