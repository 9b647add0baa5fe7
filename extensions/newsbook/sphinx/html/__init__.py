"""HTML output: what readers see, rendered from templates fed plain data.

============================  ===============================================================
:mod:`.templates`             newsbook's templates folder, and rendering through the builder
:mod:`.entity_pages`          the generated page of every district, person and campaign
:mod:`.metadata`              an article's metadata block
:mod:`.district_map`          the district overview (SVG tile map)
:mod:`.siblings`              links to the previous and next article of an edition
:mod:`.sidebars`              the theme default: no navigation tree in the sidebar
:mod:`.static`                the book's stylesheet
============================  ===============================================================
"""
