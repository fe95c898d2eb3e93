// The segmenter's engine, without N-API (tagger.cpp wraps it for Node; a C++ harness can time it alone): cppjieba's
// mixed segmentation (the most probable cut over the dictionary's words, then its HMM over runs of single characters the
// dictionary left, then each word's part of speech) over a dictionary of our own (dictionary.hpp, a flat trie:
// wordTrie.hpp). The words and tags are nodejieba's exactly (test/language/jiebaBinding.test.ts compares the two).
#ifndef POLICY_KG_SEGMENTER_HPP
#define POLICY_KG_SEGMENTER_HPP

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

// Note: DictTrie.hpp only for the constants and logging the HMM headers use (its trie is not built).
#include "cppjieba/DictTrie.hpp"
#include "cppjieba/HMMSegment.hpp"
#include "cppjieba/PreFilter.hpp"
#include "cppjieba/SegmentBase.hpp"
#include "dictionary.hpp"

namespace policykg {

class Segmenter {
 public:
  // Loads the dictionaries (throws std::runtime_error on a bad dictionary; cppjieba's HMM model ends the process on a
  // missing file, so the caller checks that the files exist).
  Segmenter(const std::string& dictionary, const std::string& hmmModel, const std::string& userDictionary)
      : dictionary_(std::make_unique<Dictionary>(dictionary, userDictionary)),
        model_(std::make_unique<cppjieba::HMMModel>(hmmModel)),
        hmm_(std::make_unique<cppjieba::HMMSegment>(model_.get())) {
    cppjieba::RuneStrArray separators;
    cppjieba::DecodeUTF8RunesInString(cppjieba::SPECIAL_SEPARATORS, separators);
    for (const auto& r : separators) separators_.insert(r.rune);
    x_ = dictionary_->Intern("x");
    m_ = dictionary_->Intern("m");
    eng_ = dictionary_->Intern("eng");
  }

  // Adds a word with the dictionary's median weight; false when it is not UTF-8.
  bool Insert(const std::string& word, const std::string& tag) { return dictionary_->Insert(word, tag); }

  // The tag of each tag id.
  const std::vector<std::string>& TagNames() const { return dictionary_->TagNames(); }

  // The same words and tags as nodejieba's tag(text): the text cut at separators, each piece cut by weight, runs of
  // single characters (but those the user dictionary lists) cut again by the HMM. Appends (code point offset, code point
  // length, tag id) per word to `out`.
  void Tag(const std::string& text, std::vector<uint32_t>& out) {
    const WordTrie& trie = dictionary_->Trie();
    cppjieba::PreFilter pieces(separators_, text);
    std::vector<Cut> words;
    std::vector<cppjieba::WordRange> hmmWords;
    auto emit = [&](cppjieba::RuneStrArray::const_iterator first, cppjieba::RuneStrArray::const_iterator last, int32_t word) {
      out.push_back(first->unicode_offset);
      out.push_back(last->unicode_offset - first->unicode_offset + last->unicode_length);
      out.push_back(TagOf(word, first, last));
    };
    while (pieces.HasNext()) {
      cppjieba::PreFilter::Range range = pieces.Next();
      words.clear();
      CutByWeight(trie, range.begin, range.end - range.begin, words);
      for (size_t k = 0; k < words.size(); k++) {
        auto first = range.begin + words[k].first;
        if (words[k].first != words[k].last || dictionary_->IsUserSingle(first->rune)) {
          // Note: a word the cut chose is its dictionary entry (no look-up again); a character standing alone is looked up.
          auto last = range.begin + words[k].last;
          emit(first, last, words[k].word != WordTrie::kNone ? words[k].word : Entry(trie, first, last));
          continue;
        }
        size_t end = k;
        while (end < words.size() && words[end].first == words[end].last && !dictionary_->IsUserSingle(range.begin[words[end].first].rune)) end++;
        hmmWords.clear();
        hmm_->Cut(first, range.begin + words[end - 1].first + 1, hmmWords);
        for (const auto& w : hmmWords) emit(w.left, w.right, Entry(trie, w.left, w.right));
        k = end - 1;
      }
    }
  }

 private:
  std::unique_ptr<Dictionary> dictionary_;
  std::unique_ptr<cppjieba::HMMModel> model_;
  std::unique_ptr<cppjieba::HMMSegment> hmm_;
  std::unordered_set<cppjieba::Rune> separators_;
  uint32_t x_ = 0, m_ = 0, eng_ = 0;
  // A word of the cut by weight: its first and last rune and its dictionary entry (or kNone).
  struct Cut {
    size_t first, last;
    int32_t word;
  };
  // Per cut, kept between calls: the best weight from each position to the end and the word starting there.
  std::vector<double> weight_;
  std::vector<int32_t> best_;

  // The most probable cut of runes [begin, end) into dictionary words (a character no word covers stands alone): from
  // the last position back, each position's best is the word starting there whose weight plus the best after it is
  // highest (the shortest among equals). Appends each word's first and last rune index and its dictionary entry (or
  // kNone) to `words`.
  void CutByWeight(const WordTrie& trie, cppjieba::RuneStrArray::const_iterator begin, size_t n, std::vector<Cut>& words) {
    weight_.assign(n + 1, 0.0);
    best_.assign(n, WordTrie::kNone);
    const double unknown = dictionary_->MinWeight();
    for (size_t i = n; i-- > 0;) {
      int32_t node = trie.Child(WordTrie::kRoot, begin[i].rune);
      int32_t single = node == WordTrie::kNone ? WordTrie::kNone : trie.Value(node);
      double best = cppjieba::MIN_DOUBLE;
      int32_t chosen = WordTrie::kNone;
      double value = weight_[i + 1] + (single == WordTrie::kNone ? unknown : dictionary_->Weight(single));
      if (value > best) {
        best = value;
        chosen = single;
      }
      // Note: cppjieba looks no further than its longest word length (512 characters).
      for (size_t j = i + 1; j < n && j - i < cppjieba::MAX_WORD_LENGTH && node != WordTrie::kNone; j++) {
        node = trie.Child(node, begin[j].rune);
        if (node == WordTrie::kNone) break;
        int32_t word = trie.Value(node);
        if (word == WordTrie::kNone) continue;
        value = weight_[j + 1] + dictionary_->Weight(word);
        if (value > best) {
          best = value;
          chosen = word;
        }
      }
      weight_[i] = best;
      best_[i] = chosen;
    }
    for (size_t i = 0; i < n;) {
      size_t length = best_[i] == WordTrie::kNone ? 1 : dictionary_->Length(best_[i]);
      words.push_back({i, i + length - 1, best_[i]});
      i += length;
    }
  }

  // The dictionary entry of the word of runes [first, last], or kNone.
  static int32_t Entry(const WordTrie& trie, cppjieba::RuneStrArray::const_iterator first, cppjieba::RuneStrArray::const_iterator last) {
    int32_t node = WordTrie::kRoot;
    for (auto it = first; it <= last && node != WordTrie::kNone; ++it) node = trie.Child(node, it->rune);
    return node == WordTrie::kNone ? WordTrie::kNone : trie.Value(node);
  }

  // The tag of the word of runes [first, last] whose dictionary entry is `word`: the dictionary's, else by its ASCII
  // characters (cppjieba's rule: none 'x', digits only 'm', else 'eng', looking at the first half of the word).
  uint32_t TagOf(int32_t word, cppjieba::RuneStrArray::const_iterator first, cppjieba::RuneStrArray::const_iterator last) {
    if (word != WordTrie::kNone) {
      uint32_t tag = dictionary_->TagId(word);
      if (!dictionary_->TagNames()[tag].empty()) return tag;
    }
    size_t size = last - first + 1, ascii = 0, digits = 0;
    for (size_t i = 0; i < size && ascii < size / 2; i++) {
      if (first[i].rune < 0x80) {
        ascii++;
        if (first[i].rune >= '0' && first[i].rune <= '9') digits++;
      }
    }
    if (ascii == 0) return x_;
    return digits == ascii ? m_ : eng_;
  }
};

}  // namespace policykg

#endif
