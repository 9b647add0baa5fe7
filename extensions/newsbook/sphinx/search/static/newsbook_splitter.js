/*
 * newsbook: split a Chinese search query into the terms the index holds.
 *
 * Sphinx's searchtools.js splits a query only at spaces and punctuation, so a
 * query typed the way readers type Chinese (根治欠薪, 一线职工, 和平街街道) is a
 * single "word" that the index, segmented by jieba at build time, may not
 * hold.  This splitter segments each run of Chinese characters against the
 * keys of the loaded index (Search._index.terms and Search._index.titleterms),
 * which searchtools.js has always loaded when it calls splitQuery (it defers a
 * query until Search.setIndex has run).
 *
 * Segmentation is dynamic programming over the characters of a run, taking
 * the cheapest cover where a piece is
 *   - an index term (cost 1; so fewer, longer terms win),
 *   - three or more characters found inside an index term (cost 2; Sphinx's
 *     own partial match finds the term: 和平街街 finds 和平街街道),
 *   - a run of letters or digits (cost 1, kept whole, stemmed by the Stemmer),
 *   - one unknown Chinese character (cost 4).
 * Unknown characters next to each other are kept together: a run of two or
 * more is a word the index does not hold, and searching for it honestly
 * finds nothing (searchtools.js requires every term).  A lone unknown
 * character, or a function character (的, 和, 在 ...), is dropped: the index
 * holds no one-character words, so searching for it could only fail.
 *
 * searchtools.js drops query terms made only of ASCII digits; a number such as
 * the hotline 12351 is therefore passed on with NEWSBOOK_NUMBER_MARK appended,
 * which the newsbook Stemmer removes again.
 *
 * When it first runs (searchtools.js is loaded by then) it also
 *   - gives Scorer a score function, unless the site set one: a result whose
 *     title holds the whole query, or more of its terms, ranks above one that
 *     only ties with it (Sphinx scores a page by its best term alone, and
 *     breaks ties by title, so an edition page listing every headline wins);
 *   - makes Search.makeSearchSummary return an empty paragraph instead of
 *     null for a result whose anchor is an empty element (index entries
 *     point at empty <span class="target">), which searchtools.js would
 *     pass to appendChild, throwing a TypeError (Sphinx 8.2 and 9.0).
 *
 * The file is embedded in language_data.js by newsbook.sphinx.search; it
 * defines the globals splitQuery and NewsbookSearch and nothing else.
 */
var NewsbookSearch = (function () {
  "use strict";

  var NUMBER_MARK = "\u2063"; // INVISIBLE SEPARATOR
  var COST_TERM = 1;
  var COST_PARTIAL = 2;
  var COST_UNKNOWN = 4;
  var MAX_PIECE = 24; // longest piece tried, in units

  // Characters that are never worth a search of their own.
  var FUNCTION_CHARS = new Set(
    "的地得了着过在是和与及或而且也都就还又把被对从向于为以之其所这那些个有无不没我你他她它们吗呢吧啊".split("")
  );
  var SEPARATORS = /[^\p{Letter}\p{Number}_\p{Emoji_Presentation}]+/u;
  var UNITS = /\p{Script=Han}|[^\p{Script=Han}]+/gu;
  var HAN = /^\p{Script=Han}$/u;
  var DIGITS = /^[0-9]+$/;

  var cache = { index: null, terms: null, joined: "", maxLength: 0 };

  function vocabulary(index) {
    if (cache.index === index) return cache;
    var terms = new Set();
    [index.terms, index.titleterms].forEach(function (mapping) {
      if (mapping) Object.keys(mapping).forEach(function (term) { terms.add(term); });
    });
    var maxLength = 0;
    terms.forEach(function (term) {
      if (term.length > maxLength) maxLength = term.length;
    });
    var all = Array.from(terms);
    cache = {
      index: index,
      terms: terms,
      joined: "\n" + all.join("\n") + "\n",
      maxLength: maxLength,
    };
    return cache;
  }

  function currentIndex() {
    // `Search` is a global `const` of searchtools.js (not a window property).
    if (typeof Search === "undefined" || !Search || !Search._index) return null;
    return Search._index;
  }

  // The pieces of one run of letters/digits (no spaces or punctuation inside).
  function segmentRun(run, vocab) {
    var units = run.match(UNITS) || [];
    var n = units.length;
    var best = [0];
    var back = [null];
    var i, j;
    for (i = 1; i <= n; i++) {
      best[i] = Infinity;
      back[i] = null;
      var text = "";
      for (j = i - 1; j >= 0 && i - j <= MAX_PIECE; j--) {
        text = units[j] + text;
        var key = text.toLowerCase();
        var single = i - j === 1;
        var kind = null;
        var cost;
        if (vocab.terms.has(key)) {
          kind = "term";
          cost = COST_TERM;
        } else if (single && !HAN.test(units[j])) {
          kind = "latin";
          cost = COST_TERM;
        } else if (single) {
          kind = "unknown";
          cost = COST_UNKNOWN;
        } else if (
          key.length >= 3 &&
          key.length < vocab.maxLength &&
          vocab.joined.indexOf(key) !== -1
        ) {
          kind = "partial";
          cost = COST_PARTIAL;
        }
        if (kind !== null && best[j] + cost < best[i]) {
          best[i] = best[j] + cost;
          back[i] = { start: j, text: text, kind: kind };
        }
      }
    }
    var pieces = [];
    for (i = n; i > 0; i = back[i].start) pieces.unshift(back[i]);
    return pieces;
  }

  // Known pieces as they are; unknown characters joined into runs, of which
  // only runs of two or more characters without function characters survive.
  function emit(pieces) {
    var out = [];
    var pending = "";
    function flush() {
      if (pending.length >= 2) out.push(pending);
      pending = "";
    }
    pieces.forEach(function (piece) {
      if (piece.kind !== "unknown") {
        flush();
        out.push(piece.text);
      } else if (FUNCTION_CHARS.has(piece.text)) {
        flush();
      } else {
        pending += piece.text;
      }
    });
    flush();
    return out;
  }

  function markNumber(term) {
    return DIGITS.test(term) ? term + NUMBER_MARK : term;
  }

  function split(query, index) {
    var runs = String(query).split(SEPARATORS).filter(function (run) { return run; });
    if (!index) return runs.map(markNumber);
    var vocab = vocabulary(index);
    var terms = [];
    runs.forEach(function (run) {
      if (!/\p{Script=Han}/u.test(run)) {
        terms.push(run); // Latin words: as Sphinx splits them
        return;
      }
      emit(segmentRun(run, vocab)).forEach(function (term) { terms.push(term); });
    });
    return terms.map(markNumber);
  }

  function unmark(word) {
    return word.split(NUMBER_MARK).join("");
  }

  // The last query split, for the score function.
  var last = { compact: "", terms: [] };

  function remember(query, terms) {
    last = {
      compact: String(query).split(SEPARATORS).join("").toLowerCase(),
      terms: terms.map(function (term) { return unmark(term).toLowerCase(); }),
    };
  }

  // Bonus for a result's title: 5 if it holds the whole query, 1 per term.
  function titleBonus(title) {
    var text = String(title || "").toLowerCase();
    var bonus = last.compact.length >= 2 && text.indexOf(last.compact) !== -1 ? 5 : 0;
    last.terms.forEach(function (term) {
      if (term.length >= 2 && text.indexOf(term) !== -1) bonus += 1;
    });
    return bonus;
  }

  var installed = false;

  function install() {
    if (installed) return;
    installed = true;
    if (typeof Scorer !== "undefined" && Scorer && typeof Scorer.score !== "function") {
      Scorer.score = function (result) {
        return result[4] + titleBonus(result[1]);
      };
    }
    if (typeof Search !== "undefined" && Search && typeof Search.makeSearchSummary === "function") {
      var makeSearchSummary = Search.makeSearchSummary;
      Search.makeSearchSummary = function () {
        var summary = makeSearchSummary.apply(this, arguments);
        if (summary) return summary;
        var empty = document.createElement("p");
        empty.classList.add("context");
        return empty;
      };
    }
  }

  function splitQuery(query) {
    install();
    var terms = split(query, currentIndex());
    remember(query, terms);
    return terms;
  }

  return {
    split: split,
    splitQuery: splitQuery,
    unmark: unmark,
    titleBonus: titleBonus,
    currentIndex: currentIndex,
    NUMBER_MARK: NUMBER_MARK,
  };
})();

var splitQuery = NewsbookSearch.splitQuery;
