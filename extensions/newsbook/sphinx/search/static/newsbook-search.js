/* newsbook's search page on Pagefind (newsbook.sphinx.search.page).
 *
 * Everything shown is built with DOM calls and textContent: headlines, names
 * and excerpts come from seeds, which come from pull requests.  Pagefind's
 * excerpt is text with <mark> around the hits; it is split at those tags and
 * each piece is added as text, so no markup of the text is ever parsed.
 */
"use strict";

(function () {
  const PAGE_SIZE = 10;
  const FILTER_KEYS = ["district", "place", "reporter", "campaign", "year", "month"];
  const FILTER_VALUES_SHOWN = 12;
  const ENTITIES_SHOWN = 12;
  const ENTITY_KINDS = ["district", "place", "reporter", "campaign"];
  const TAIL_MARK = "⁂";
  /* The two date orders, as the sort buttons name them: a sort key of the record (newsbook.sphinx.search.record)
     and its direction.  Each key sorts an article without a date after every dated one. */
  const NEWEST_FIRST = "newest:desc";
  const OLDEST_FIRST = "oldest:asc";
  const EXCERPT_BEFORE = 20;
  const EXCERPT_LENGTH = 90;

  const root = document.getElementById("newsbook-search");
  if (!root) return;
  const results = document.getElementById("search-results");
  const resultsList = root.querySelector("#search-results ul.search");
  const summary = root.querySelector("#search-results .search-summary");
  const more = document.getElementById("newsbook-search-more");
  const controls = document.getElementById("newsbook-search-controls");
  const filterBox = document.getElementById("newsbook-search-filters");
  const entities = document.getElementById("newsbook-search-entities");
  const message = document.getElementById("newsbook-search-message");
  const filterToggle = document.getElementById("newsbook-search-filter-toggle");
  const input = root.querySelector("form input[name=q]");

  const params = new URLSearchParams(window.location.search);
  const query = (params.get("q") || "").trim();
  /* The query, and its parts at spaces and quotes: what an excerpt marks (with those of its indexed form, once known). */
  function wordsOf(text) {
    return [text.replace(/[\s“”"'‘’「」]/g, ""), ...text.split(/[\s“”"'‘’「」]+/)];
  }
  let queryWords = [...new Set(wordsOf(query))].filter(Boolean);
  /* The query as articles are indexed to be read (queryForm; newsbook.sphinx.search.scripts). */
  let indexedQuery = query;
  input.value = query;

  function label(key) {
    return root.dataset["label" + key.charAt(0).toUpperCase() + key.slice(1)] || key;
  }

  function valueLabel(key, value) {
    if (key === "year") return value + "年";
    if (key === "month") {
      const [year, month] = value.split("-");
      return year + "年" + Number(month) + "月";
    }
    return value;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" };
  function decode(text) {
    return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);
  }

  /* Text with each occurrence of a marked word in a <mark>, as nodes. */
  function markedNodes(container, text, words) {
    const wanted = words.filter(Boolean).sort((a, b) => b.length - a.length);
    let at = 0;
    while (at < text.length) {
      let next = -1;
      let word = "";
      for (const candidate of wanted) {
        const found = text.indexOf(candidate, at);
        if (found !== -1 && (next === -1 || found < next)) {
          next = found;
          word = candidate;
        }
      }
      if (next === -1) break;
      if (next > at) container.appendChild(document.createTextNode(text.slice(at, next)));
      container.appendChild(element("mark", null, word));
      at = next + word.length;
    }
    if (at < text.length) container.appendChild(document.createTextNode(text.slice(at)));
    return container;
  }

  /* Pagefind joins the blocks of a page as sentences, with a full stop after a block that does not end
     on one: a byline or a headline (本报记者 孙妍 摄影报道) comes back as "摄影报道. ".  After Chinese
     text that stop is no part of what the paper printed, and is left out of the excerpt. */
  const JOINING_STOP = /([\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]\u200b?)\.(?=\s|$)/g;
  function unjoined(text) {
    return text.replace(JOINING_STOP, "$1");
  }

  /* Pagefind's excerpt (text with <mark> around hits) as nodes, each piece added as text. */
  function pagefindExcerpt(container, excerpt) {
    let marked = false;
    for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
      if (piece === "<mark>") marked = true;
      else if (piece === "</mark>") marked = false;
      else if (piece) {
        const text = unjoined(decode(piece));
        container.appendChild(marked ? element("mark", null, text) : document.createTextNode(text));
      }
    }
    return container;
  }

  /* An excerpt of the article's text (before the indexed tail of names and characters) around the query.
     Pagefind's own excerpt is used only when it is a piece of that text: a hit in the tail (a name the
     article is indexed under, an entity's token) would show the tail.  Else the article's opening. */
  function excerptNodes(data, words) {
    const container = element("p", "newsbook-search-excerpt");
    const content = data.content || "";
    const tail = content.lastIndexOf(TAIL_MARK); // the text may print the mark too (a section break); the tail never does
    const body = unjoined((tail === -1 ? content : content.slice(0, tail)).trim());
    const excerpt = data.excerpt || "";
    let at = -1;
    for (const word of words) {
      const found = word ? body.indexOf(word) : -1;
      if (found !== -1 && (at === -1 || found < at)) at = found;
    }
    if (at === -1) {
      const plain = unjoined(decode(excerpt.replace(/<\/?mark>/g, ""))).trim();
      if (plain && body.includes(plain)) return pagefindExcerpt(container, excerpt);
      at = 0;
    }
    const start = Math.max(0, at - EXCERPT_BEFORE);
    const text = (start > 0 ? "…" : "") + body.slice(start, start + EXCERPT_LENGTH) + (body.length > start + EXCERPT_LENGTH ? "…" : "");
    return markedNodes(container, text, words);
  }

  function showMessage(nodes) {
    message.replaceChildren(...nodes);
    message.hidden = false;
  }

  const pageDir = window.location.pathname.replace(/[^/]*$/, "");
  const namesDir = root.dataset.names;
  const nameBuckets = Number(root.dataset.nameBuckets) || 256;
  const rootPrefix = namesDir.replace(/_static\/[^/]*$/, "");
  /* Names inside the query are looked up by its first this many distinct characters. */
  const NAME_FILES_FETCHED = 16;
  const scriptDir = root.dataset.script;
  const scriptBuckets = Number(root.dataset.scriptBuckets) || 64;

  /* -- the query as the index reads it --------------------------------------- */
  /* The Chinese characters of a text, each once, in order. */
  function hanCharacters(text) {
    return [...new Set(text)].filter((character) => /\p{Script=Han}/u.test(character));
  }

  /* Digits and Latin letters typed in full width (１２３５１) in half width (newsbook.sphinx.search.scripts.HALF_WIDTH). */
  function halfWidth(text) {
    return text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0));
  }

  /* ``text`` as the book's articles are indexed to be read: each traditional character in simplified form
     (the files of the query's own Chinese characters are fetched, never the whole table; a file that
     cannot be read leaves its characters as typed), digits and letters in half width. */
  async function queryForm(typed) {
    const text = halfWidth(typed);
    const characters = hanCharacters(text);
    if (!characters.length || !scriptDir) return text;
    /* The table's file of a character (newsbook.sphinx.search.scripts.script_files). */
    const files = [...new Set(characters.map((character) => bucketOf(character, scriptBuckets)))];
    const tables = await Promise.all(files.map((file) => fetchJson(scriptDir + "/" + file + ".json", {})));
    const table = Object.assign({}, ...tables);
    return Array.from(text, (character) => (Object.hasOwn(table, character) ? table[character] : character)).join("");
  }

  function relative(url) {
    return url.startsWith(pageDir) ? url.slice(pageDir.length) : url;
  }

  /* -- the entity strip ----------------------------------------------------- */
  function compact(text) {
    return text.replace(/[\s“”"'‘’「」『』《》]/g, "");
  }

  /* The file of a character in a family of ``count`` files: a name file (newsbook.sphinx.search.page.bucket)
     or a file of the script table. */
  function bucketOf(character, count = nameBuckets) {
    return (character.codePointAt(0) % count).toString(16).padStart(2, "0");
  }

  /* A data file of the book, or ``fallback`` when it cannot be read (the search goes on without it). */
  async function fetchJson(url, fallback) {
    try {
      const response = await fetch(url);
      return response.ok ? await response.json() : fallback;
    } catch (error) {
      return fallback;
    }
  }

  function nameFile(file) {
    return fetchJson(namesDir + "/" + file + ".json", []);
  }

  /* The entities that may match the query in any of its forms, each once: those with a form's first
     character anywhere in a name (a name that holds the query), and those whose names start with one
     of its characters (a name inside the query). */
  async function candidateNames(forms) {
    const files = new Set();
    for (const wanted of forms) {
      files.add("a" + bucketOf(wanted));
      for (const character of Array.from(new Set(Array.from(wanted))).slice(0, NAME_FILES_FETCHED)) files.add("f" + bucketOf(character));
    }
    const lists = await Promise.all([...files].map(nameFile));
    const byKey = new Map();
    for (const entity of lists.flat()) byKey.set(entity.kind + "\u0000" + entity.name, entity);
    return [...byKey.values()];
  }

  /* Shows the entities whose names match the query, as typed or in simplified form (a name printed in
     either script); returns those named exactly (海淀 is 海淀区). */
  async function showEntities(forms) {
    const wantedForms = [...new Set(forms.map(compact))].filter(Boolean);
    if (!wantedForms.length) return [];
    const names = await candidateNames(wantedForms);
    const found = [];
    for (const entity of names) {
      let rank = null;
      for (const name of [entity.name, ...(entity.also || [])]) {
        if (!name) continue;
        for (const wanted of wantedForms) {
          let r = null;
          if (name === wanted) r = 0;
          else if (name.includes(wanted)) r = 1;
          else if (name.length >= 2 && wanted.includes(name)) r = 2;
          if (r !== null && (rank === null || r < rank)) rank = r;
        }
      }
      if (rank !== null) found.push([rank, ENTITY_KINDS.indexOf(entity.kind), entity.name.length, entity]);
    }
    found.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3].name.localeCompare(b[3].name, "zh"));
    const list = entities.querySelector("ul");
    list.replaceChildren();
    for (const [, , , entity] of found.slice(0, ENTITIES_SHOWN)) {
      const item = element("li", "newsbook-search-entity newsbook-" + (ENTITY_KINDS.includes(entity.kind) ? entity.kind : "entity"));
      const link = element("a");
      link.setAttribute("href", rootPrefix + entity.url);
      link.appendChild(element("span", "newsbook-search-entity-kind", label(entity.kind)));
      link.appendChild(element("span", "newsbook-search-entity-name", entity.name));
      item.appendChild(link);
      list.appendChild(item);
    }
    entities.hidden = found.length === 0;
    return found.filter((entry) => entry[0] === 0).map((entry) => entry[3]);
  }

  /* -- periods ------------------------------------------------------------- */
  /* The index is a bundle per period of months (newsbook.sphinx.search.shards), newest first in
     pagefind/shards.json.  A search asks the newest period first (the oldest, sorted oldest first)
     and goes on to the next when the reader asks for more: what a query fetches is one period's. */
  const manifestUrl = new URL(root.dataset.shards, window.location.href);
  const bookRoot = new URL("..", manifestUrl).pathname;
  /* One step of a search asks periods until it has asked this many articles, or has a page of results. */
  const STEP_ARTICLES = Number(root.dataset.shardSize) || 3000;
  let periods = [];
  let pagefindModule = null;
  const instances = new Map();
  let filtersLoaded = false;

  function monthLabel(month) {
    const [year, number] = month.split("-");
    return year + "年" + Number(number) + "月";
  }

  /* The months from the first period to the last, as words ("2023年1月至2023年6月"). */
  function spanLabel(first, last) {
    if (!first.first) return "没有日期的文章";
    const [from, to] = first.first <= last.first ? [first.first, last.last] : [last.first, first.last];
    return from === to ? monthLabel(from) : monthLabel(from) + "至" + monthLabel(to);
  }

  /* The Pagefind instance of a period, made the first time it is asked. */
  function instanceOf(period) {
    if (!instances.has(period.name)) {
      instances.set(
        period.name,
        (async () => {
          const one = pagefindModule.createInstance({ basePath: new URL(period.name + "/", manifestUrl).pathname });
          await one.options({ baseUrl: bookRoot, excerptLength: 40 });
          await one.init();
          if (filtersLoaded) await one.filters();
          return one;
        })(),
      );
    }
    return instances.get(period.name);
  }

  /* The periods a search asks, in its order: those that can hold the chosen years and months. */
  function periodsInOrder() {
    const years = state.filters.year || [];
    const months = state.filters.month || [];
    const wanted = periods.filter((period) => {
      if (!years.length && !months.length) return true;
      if (!period.first) return false;
      return (
        years.some((year) => period.first.slice(0, 4) <= year && year <= period.last.slice(0, 4)) ||
        months.some((month) => period.first <= month && month <= period.last)
      );
    });
    return state.sort === OLDEST_FIRST ? [...wanted.filter((p) => p.first).reverse(), ...wanted.filter((p) => !p.first)] : wanted;
  }

  /* -- results ------------------------------------------------------------- */
  const state = { filters: {}, sort: "", order: [], asked: 0, found: [], results: [], ids: new Set(), checked: new Set(), shown: 0, seen: new Set(), run: 0 };

  function resultItem(data) {
    const item = element("li", "newsbook-search-result");
    const link = element("a", null, (data.meta && data.meta.title) || data.url);
    link.setAttribute("href", relative(data.url));
    item.appendChild(link);
    /* A generated edition's title starts with its date: say the date once. */
    const edition = data.meta.edition || "";
    const date = data.meta.date && !edition.startsWith(data.meta.date) ? data.meta.date : "";
    const facts = [date, edition, data.meta.kind].filter(Boolean);
    if (facts.length) item.appendChild(element("p", "newsbook-search-facts", facts.join(" · ")));
    item.appendChild(excerptNodes(data, queryWords));
    return item;
  }

  /* The search options with the chosen filters and sort (newest first for an entity's articles). */
  function searchOptions(byDate) {
    const options = { filters: state.filters };
    const [key, direction] = (state.sort || NEWEST_FIRST).split(":");
    if (state.sort || byDate) options.sort = { [key]: direction };
    return options;
  }

  /* The searches of the query in one period: first, for each entity it names, the token that stands
     for the entity in the articles its page lists (newest first); then the words, by relevance: in
     the indexed form (articles in traditional characters or full-width digits are indexed in it too),
     and as typed when that differs (a character the table reads otherwise, as in a name). */
  async function searchPeriod(period) {
    const instance = await instanceOf(period);
    const named = exactEntities.filter((entity) => entity.token);
    const found = await Promise.all([
      ...named.map((entity) => instance.search(entity.token, searchOptions(true))),
      instance.search(indexedQuery, searchOptions(false)),
      ...(indexedQuery !== query ? [instance.search(query, searchOptions(false))] : []),
    ]);
    if (found.some((one) => one === null || one.results.length)) return found;
    state.checked.add(period.name);
    return [...found, await byCharacters(instance)];
  }

  /* Pagefind cuts an article's text into words when it indexes it (jieba) and a query when it is
     typed (the browser's Intl.Segmenter), and the two may cut the same text apart differently:
     区政府各部门积极参加清雪活动 is 区政/府/… in one and 区政府/… in the other, and a search needs every
     word of the query, so the article that prints the very query was not found.  When the words find
     nothing in a period, the query's Chinese characters are asked one by one (each article indexes
     its characters, newsbook.sphinx.search.record), and of the first articles found, those that print
     the query, in their headline or text, are the results.  (Asked only then: checking an article
     fetches its text, which a query that finds its words need not wait for; when they find fewer
     than a page, the articles that print the query are added after the shown ones: addPrinted.) */
  const CHARACTERS_CHECKED = 20;
  /* A query pasted from a long text asks its first characters only: enough to narrow the articles. */
  const CHARACTERS_ASKED = 16;
  async function byCharacters(instance) {
    const characters = hanCharacters(indexedQuery).slice(0, CHARACTERS_ASKED);
    if (characters.length < 2) return { results: [] };
    const asked = await instance.search(characters.join(" "), searchOptions(false));
    if (asked === null) return null;
    const candidates = asked.results.slice(0, CHARACTERS_CHECKED);
    const loaded = await Promise.all(candidates.map((result) => result.data()));
    const forms = [...new Set([query, indexedQuery])];
    const results = [];
    candidates.forEach((result, index) => {
      const data = loaded[index];
      // The text with Pagefind's word marks taken out; its tail's characters stand apart, one by one.
      const text = ((data.meta && data.meta.title) || "") + "\n" + (data.content || "").replace(/\u200b/g, "");
      if (forms.some((form) => text.includes(form))) results.push({ ...result, data: async () => data, values: data.filters });
    });
    return { results, filters: filterCounts(results) };
  }

  /* The filter chips' counts of results found by characters: Pagefind counts only what its words
     find, so these are counted from each article's own filter values. */
  function filterCounts(found) {
    const counts = {};
    for (const result of found) {
      for (const [key, values] of Object.entries(result.values || {})) {
        counts[key] = counts[key] || {};
        for (const value of new Set(values)) counts[key][value] = (counts[key][value] || 0) + 1;
      }
    }
    return counts;
  }

  /* When the words find fewer than a page of articles, the asked periods whose words found some
     are asked by characters too, and the articles that print the query and are not listed yet are
     added after those shown: a piece of a text the browser cuts into other words than the index
     (送温暖慰 for …送温暖慰问…) finds the article that prints it even when its words find others.
     The words' results are shown first, so a search they answer does not wait for the check.  In
     relevance order only: the added articles have no place among results sorted by date. */
  async function addPrinted(run) {
    if (state.sort || state.results.length >= PAGE_SIZE) return true;
    const added = [];
    for (const period of state.order.slice(0, state.asked)) {
      if (state.checked.has(period.name)) continue;
      state.checked.add(period.name);
      const found = await byCharacters(await instanceOf(period));
      if (run !== state.run || found === null) return false;
      added.push(...found.results.filter((result) => addResult(period, result)));
    }
    if (!added.length) return true;
    state.found.push([{ filters: filterCounts(added) }]); // counted apart: none of them is among the words' results
    await showMore(run);
    return run === state.run;
  }

  /* Adds a period's result unless it is listed already; whether it was added. */
  function addResult(period, result) {
    const key = period.name + "\u0000" + result.id;
    if (state.ids.has(key)) return false;
    state.ids.add(key);
    state.results.push(result);
    return true;
  }

  /* Asks the next periods until a page of results is waiting or a step's articles are asked (and at
     least ``depth`` periods: a search run again with the filters loaded goes as far back as before). */
  async function searchOnward(run, depth = 0) {
    let asked = 0;
    while (
      state.asked < state.order.length &&
      (state.asked < depth || (asked < STEP_ARTICLES && state.results.length - state.shown < PAGE_SIZE))
    ) {
      const period = state.order[state.asked];
      const found = await searchPeriod(period);
      if (run !== state.run || found.some((one) => one === null)) return false;
      state.asked += 1;
      asked += period.articles;
      state.found.push(found);
      for (const one of found) {
        for (const result of one.results) addResult(period, result);
      }
    }
    return true;
  }

  function summarize() {
    const count = state.results.length;
    const done = state.asked >= state.order.length;
    let text = count ? "找到 " + count + " 篇文章" : "没有找到与“" + query + "”相关的文章";
    if (!done && state.asked) {
      const later = state.sort === OLDEST_FIRST ? "更晚" : "更早";
      text += "（已搜索" + spanLabel(state.order[0], state.order[state.asked - 1]) + "的文章，" + later + "的文章还没有搜索）";
    }
    summary.textContent = text + (count || !done ? "" : "。");
    more.textContent = state.shown < count || done ? "更多结果" : state.sort === OLDEST_FIRST ? "搜索更晚的文章" : "搜索更早的文章";
  }

  /* A title or a query without its spaces, punctuation and symbols: a headline copied from a page
     or a list may gain or lose them (一线送关怀, “一线”送关怀, 一线 送关怀). */
  function bare(text) {
    return (text || "").replace(/[\s\p{P}\p{S}]/gu, "");
  }

  /* A headline pasted whole: the articles that bear it first among the first page's results.
     Pagefind ranks by words, and an article that prints the headline's words more often than the
     headline's own article does ranks above it.  The headline is compared as printed and as
     articles are indexed to be read (meta title_form: traditional characters, full-width digits). */
  function headlineFirst(loaded) {
    const forms = new Set([bare(query), bare(indexedQuery)].filter(Boolean));
    const bears = (data) => forms.has(bare(data.meta && data.meta.title)) || forms.has(bare(data.meta && data.meta.title_form));
    return [...loaded.filter(bears), ...loaded.filter((data) => !bears(data))];
  }

  async function showMore(run) {
    more.hidden = true;
    if (state.shown >= state.results.length) {
      if (!(await searchOnward(run))) return;
      summarize();
    }
    const firstPage = state.shown === 0 && !state.sort;
    const slice = state.results.slice(state.shown, state.shown + PAGE_SIZE);
    state.shown += slice.length;
    let loaded = await Promise.all(slice.map((result) => result.data()));
    if (run !== state.run) return;
    if (firstPage) loaded = headlineFirst(loaded);
    for (const data of loaded) {
      if (state.seen.has(data.url)) continue;
      state.seen.add(data.url);
      resultsList.appendChild(resultItem(data));
    }
    summarize();
    more.hidden = state.shown >= state.results.length && state.asked >= state.order.length;
    if (loaded.length) performance.mark("newsbook-search-shown"); // read by the bench
    if (filtersLoaded) showFilters(periodCounts());
  }

  function showFilters(counts) {
    filterBox.replaceChildren();
    for (const key of FILTER_KEYS) {
      const values = Object.entries((counts && counts[key]) || {}).filter(([value, count]) => count > 0 || (state.filters[key] || []).includes(value));
      if (!values.length) continue;
      values.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh"));
      const group = element("div", "newsbook-search-filter");
      group.dataset.filter = key;
      group.appendChild(element("span", "newsbook-search-filter-label", label(key) + "："));
      for (const [value, count] of values.slice(0, FILTER_VALUES_SHOWN)) {
        const chosen = (state.filters[key] || []).includes(value);
        const chip = element("button", "newsbook-search-chip");
        chip.type = "button";
        chip.dataset.value = value;
        chip.setAttribute("aria-pressed", chosen ? "true" : "false");
        chip.appendChild(element("span", "newsbook-search-chip-name", valueLabel(key, value)));
        chip.appendChild(element("span", "newsbook-search-chip-count", String(count)));
        chip.addEventListener("click", () => {
          const list = state.filters[key] || [];
          state.filters[key] = chosen ? list.filter((v) => v !== value) : [...list, value];
          if (!state.filters[key].length) delete state.filters[key];
          runSearch();
        });
        group.appendChild(chip);
      }
      filterBox.appendChild(group);
    }
  }

  let exactEntities = [];

  /* Filter counts of the periods asked: within a period, the largest of its searches (the entity's
     token and the words find the same articles twice); the periods' articles differ, so they add up. */
  function periodCounts() {
    const counts = {};
    for (const found of state.found) {
      const period = {};
      for (const one of found) {
        for (const [key, values] of Object.entries(one.filters || {})) {
          period[key] = period[key] || {};
          for (const [value, count] of Object.entries(values)) period[key][value] = Math.max(period[key][value] || 0, count);
        }
      }
      for (const [key, values] of Object.entries(period)) {
        counts[key] = counts[key] || {};
        for (const [value, count] of Object.entries(values)) counts[key][value] = (counts[key][value] || 0) + count;
      }
    }
    return counts;
  }

  async function runSearch(depth = 0) {
    const run = ++state.run;
    results.dataset.state = "searching";
    summary.textContent = "正在搜索……";
    Object.assign(state, { order: periodsInOrder(), asked: 0, found: [], results: [], ids: new Set(), checked: new Set(), shown: 0, seen: new Set() });
    if (!(await searchOnward(run, depth))) return;
    resultsList.replaceChildren();
    controls.hidden = false;
    for (const button of controls.querySelectorAll("[data-sort]")) {
      button.setAttribute("aria-pressed", button.dataset.sort === state.sort ? "true" : "false");
    }
    performance.mark("newsbook-search-counted"); // read by the bench
    summarize();
    await showMore(run);
    if (run !== state.run || !(await addPrinted(run))) return;
    results.dataset.state = "done";
  }

  /* The filter button: loads Pagefind's filter index the first time, then shows or hides the chips. */
  async function toggleFilters() {
    const open = filterToggle.getAttribute("aria-expanded") !== "true";
    filterToggle.setAttribute("aria-expanded", open ? "true" : "false");
    filterBox.hidden = !open;
    if (!open || filtersLoaded) return;
    results.dataset.state = "searching";
    filtersLoaded = true;
    await Promise.all([...instances.values()].map(async (made) => (await made).filters()));
    await runSearch(state.asked);
  }

  function unavailable() {
    showMessage([document.createTextNode("搜索索引无法加载：这本书构建时没有生成搜索索引，或者索引文件缺失。")]);
    summary.textContent = "搜索不可用。";
    results.dataset.state = "done";
  }

  async function start() {
    if (window.location.protocol === "file:") {
      const template = document.getElementById("newsbook-search-file-message");
      showMessage([template.content.cloneNode(true)]);
      summary.textContent = "无法在本地文件中搜索。";
      results.dataset.state = "done";
      return;
    }
    if (!query) return;
    performance.mark("newsbook-search-start"); // read by the bench
    const formKnown = queryForm(query).then((form) => {
      indexedQuery = form;
      queryWords = [...new Set([...wordsOf(query), ...wordsOf(form)])].filter(Boolean);
      return form;
    });
    const entitiesShown = formKnown.then((form) => showEntities([query, form]));
    try {
      const response = await fetch(manifestUrl);
      if (!response.ok) throw new Error(response.statusText);
      periods = (await response.json()).shards;
      if (!periods.length) throw new Error("no period");
      pagefindModule = await import(new URL(periods[0].name + "/pagefind.js", manifestUrl).href);
      await instanceOf(periods[0]);
    } catch (error) {
      unavailable();
      return;
    }
    for (const button of controls.querySelectorAll("[data-sort]")) {
      button.addEventListener("click", () => {
        state.sort = button.dataset.sort;
        runSearch();
      });
    }
    filterToggle.addEventListener("click", toggleFilters);
    exactEntities = await entitiesShown;
    more.addEventListener("click", async () => {
      results.dataset.state = "searching";
      const run = state.run;
      await showMore(run);
      if (run === state.run) results.dataset.state = "done";
    });
    await runSearch();
  }

  start();
})();
