/*
 * newsbook: the Stemmer of the Chinese search language.
 *
 * Chinese words are looked up as they are; words of ASCII letters and digits
 * go through Snowball's Porter stemmer (PorterStemmer, embedded before this
 * file from Sphinx's own minified-js folder), exactly as the Python side
 * stems them when it builds the index, including its rule that a word of
 * three or more characters is not stemmed to fewer than three.
 *
 * The class is defined here, under the name searchtools.js uses, on every
 * Sphinx version: Sphinx 9.0.4's Chinese search names a ChineseStemmer that
 * nothing defines (sphinx-doc/sphinx#14229) and every search hangs.
 */
var Stemmer = function () {
  "use strict";
  var porter = typeof PorterStemmer === "function" ? new PorterStemmer() : null;
  var latin = /^[a-z0-9_]+$/;
  var mark = /\u2063/g; // NewsbookSearch.NUMBER_MARK

  this.stemWord = function (word) {
    word = String(word).replace(mark, "");
    if (porter === null || !latin.test(word)) return word;
    var stemmed = porter.stemWord(word);
    return word.length >= 3 && stemmed.length < 3 ? word : stemmed;
  };
};
