// The segmenter's engine, without N-API (tagger.cpp wraps it for Node; a C++ harness can time it alone): cppjieba's
// mixed segmentation (the most probable cut over the dictionary's words, then its HMM over runs of single characters the
// dictionary left, then each word's part of speech) over a dictionary of our own (dictionary.hpp, a flat trie:
// wordTrie.hpp). The words and tags are nodejieba's exactly (test/language/jiebaBinding.test.ts compares the two).
#ifndef POLICY_KG_SEGMENTER_HPP
#define POLICY_KG_SEGMENTER_HPP

#include <memory>
#include <string>
#include <vector>

// Note: DictTrie.hpp only for the constants and logging the HMM headers use (its trie is not built).
#include "cppjieba/DictTrie.hpp"
#include "cppjieba/SegmentBase.hpp"
#include "dictionary.hpp"
#include "hmm.hpp"

namespace policykg {

class Segmenter {
 public:
  // Loads the dictionaries (throws std::runtime_error on a bad dictionary; cppjieba's HMM model ends the process on a
  // missing file, so the caller checks that the files exist).
  Segmenter(const std::string& dictionary, const std::string& hmmModel, const std::string& userDictionary)
      : dictionary_(std::make_unique<Dictionary>(dictionary, userDictionary)), hmm_(std::make_unique<Hmm>(hmmModel)) {
    cppjieba::RuneStrArray separators;
    cppjieba::DecodeUTF8RunesInString(cppjieba::SPECIAL_SEPARATORS, separators);
    for (const auto& r : separators) separators_.push_back(r.rune);
    x_ = dictionary_->Intern("x");
    m_ = dictionary_->Intern("m");
    eng_ = dictionary_->Intern("eng");
  }

  // Adds a word with the dictionary's median weight; false when it is not UTF-8.
  bool Insert(const std::string& word, const std::string& tag) { return dictionary_->Insert(word, tag); }

  // The tag of each tag id.
  const std::vector<std::string>& TagNames() const { return dictionary_->TagNames(); }

  // The same words and tags as nodejieba's tag(text) for the UTF-16 text [text, text + length): the text cut at
  // separators, each piece cut by weight, runs of single characters (but those the user dictionary lists) cut again by
  // the HMM. Appends (code point offset, code point length, tag id) per word to `out`.
  void Tag(const char16_t* text, size_t length, std::vector<uint32_t>& out) {
    DecodeUtf16(text, length, runes_);
    const WordTrie& trie = dictionary_->Trie();
    for (size_t begin = 0; begin < runes_.size();) {
      size_t end = PieceEnd(begin);
      TagPiece(trie, begin, end, out);
      begin = end;
    }
  }

  // The code points of UTF-16 text as cppjieba decodes the UTF-8 that V8 (and so nodejieba) makes of it: a surrogate
  // pair is one code point, a lone surrogate U+FFFD.
  static void DecodeUtf16(const char16_t* text, size_t length, std::vector<uint32_t>& runes) {
    runes.clear();
    for (size_t i = 0; i < length; i++) {
      uint32_t unit = text[i];
      if (unit < 0xD800 || unit > 0xDFFF) {
        runes.push_back(unit);
      } else if (unit <= 0xDBFF && i + 1 < length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
        runes.push_back(0x10000 + ((unit - 0xD800) << 10) + (text[i + 1] - 0xDC00));
        i++;
      } else {
        runes.push_back(0xFFFD);
      }
    }
  }

 private:
  std::unique_ptr<Dictionary> dictionary_;
  std::unique_ptr<Hmm> hmm_;
  // cppjieba's PreFilter separators (space, tab, newline, the full-width comma and full stop).
  std::vector<uint32_t> separators_;
  uint32_t x_ = 0, m_ = 0, eng_ = 0;
  // A word of the cut by weight: its first and last rune and its dictionary entry (or kNone).
  struct Cut {
    size_t first, last;
    int32_t word;
  };
  // Per call, kept between calls: the text's code points, the cut of a piece by weight and of a run by the HMM, and
  // per position of a piece the best weight to its end and the word starting there (its entry and length).
  std::vector<uint32_t> runes_;
  std::vector<Cut> words_;
  std::vector<Hmm::Range> hmmWords_;
  std::vector<double> weight_;
  std::vector<int32_t> best_;
  std::vector<uint32_t> bestLength_;

  bool IsSeparator(uint32_t r) const {
    for (uint32_t s : separators_) {
      if (r == s) return true;
    }
    return false;
  }

  // The end of the piece starting at `begin` (cppjieba's PreFilter::Next): a separator alone, else up to the next one.
  size_t PieceEnd(size_t begin) const {
    if (IsSeparator(runes_[begin])) return begin + 1;
    size_t end = begin + 1;
    while (end < runes_.size() && !IsSeparator(runes_[end])) end++;
    return end;
  }

  // Cuts and tags the piece runes_[begin, end): by weight, then each run of single characters (but those the user
  // dictionary lists) by the HMM.
  void TagPiece(const WordTrie& trie, size_t begin, size_t end, std::vector<uint32_t>& out) {
    const uint32_t* runes = runes_.data() + begin;
    words_.clear();
    CutByWeight(trie, runes, end - begin, words_);
    for (size_t k = 0; k < words_.size(); k++) {
      const Cut& cut = words_[k];
      if (cut.first != cut.last || dictionary_->IsUserSingle(runes[cut.first])) {
        // Note: a word the cut chose is its dictionary entry (no look-up again); a character standing alone is looked up.
        int32_t word = cut.word != WordTrie::kNone ? cut.word : Entry(trie, runes + cut.first, runes + cut.last);
        Emit(runes, begin, cut.first, cut.last, word, out);
        continue;
      }
      size_t run = k;
      while (run < words_.size() && words_[run].first == words_[run].last && !dictionary_->IsUserSingle(runes[words_[run].first])) run++;
      hmmWords_.clear();
      hmm_->Cut(runes + cut.first, runes + words_[run - 1].first + 1, hmmWords_);
      for (const auto& w : hmmWords_) {
        size_t first = cut.first + w.first, last = cut.first + w.last;
        Emit(runes, begin, first, last, Entry(trie, runes + first, runes + last), out);
      }
      k = run - 1;
    }
  }

  // Appends the word of runes[first, last] (the piece starting at `offset`) whose dictionary entry is `word`.
  void Emit(const uint32_t* runes, size_t offset, size_t first, size_t last, int32_t word, std::vector<uint32_t>& out) {
    out.push_back(static_cast<uint32_t>(offset + first));
    out.push_back(static_cast<uint32_t>(last - first + 1));
    out.push_back(TagOf(word, runes + first, runes + last));
  }

  // The most probable cut of runes [begin, begin + n) into dictionary words (a character no word covers stands alone):
  // from the last position back, each position's best is the word starting there whose weight plus the best after it
  // is highest (the shortest among equals). Appends each word's first and last rune index and its dictionary entry (or
  // kNone) to `words`.
  void CutByWeight(const WordTrie& trie, const uint32_t* begin, size_t n, std::vector<Cut>& words) {
    weight_.assign(n + 1, 0.0);
    best_.assign(n, WordTrie::kNone);
    bestLength_.assign(n, 1);
    const double unknown = dictionary_->MinWeight();
    for (size_t i = n; i-- > 0;) {
      int32_t node = trie.Child(WordTrie::kRoot, begin[i]);
      int32_t single = node == WordTrie::kNone ? WordTrie::kNone : trie.Value(node);
      double best = cppjieba::MIN_DOUBLE;
      int32_t chosen = WordTrie::kNone;
      size_t length = 1;
      double value = weight_[i + 1] + (single == WordTrie::kNone ? unknown : dictionary_->Weight(single));
      if (value > best) {
        best = value;
        chosen = single;
      }
      // Note: cppjieba looks no further than its longest word length (512 characters).
      for (size_t j = i + 1; j < n && j - i < cppjieba::MAX_WORD_LENGTH && node != WordTrie::kNone; j++) {
        node = trie.Child(node, begin[j]);
        if (node == WordTrie::kNone) break;
        int32_t word = trie.Value(node);
        if (word == WordTrie::kNone) continue;
        value = weight_[j + 1] + dictionary_->Weight(word);
        if (value > best) {
          best = value;
          chosen = word;
          length = j - i + 1;
        }
      }
      weight_[i] = best;
      best_[i] = chosen;
      bestLength_[i] = static_cast<uint32_t>(length);
    }
    for (size_t i = 0; i < n; i += bestLength_[i]) words.push_back({i, i + bestLength_[i] - 1, best_[i]});
  }

  // The dictionary entry of the word of runes [first, last], or kNone.
  static int32_t Entry(const WordTrie& trie, const uint32_t* first, const uint32_t* last) {
    int32_t node = WordTrie::kRoot;
    for (const uint32_t* it = first; it <= last && node != WordTrie::kNone; ++it) node = trie.Child(node, *it);
    return node == WordTrie::kNone ? WordTrie::kNone : trie.Value(node);
  }

  // The tag of the word of runes [first, last] whose dictionary entry is `word`: the dictionary's, else by its ASCII
  // characters (cppjieba's rule: none 'x', digits only 'm', else 'eng', looking at the first half of the word).
  uint32_t TagOf(int32_t word, const uint32_t* first, const uint32_t* last) const {
    if (word != WordTrie::kNone) {
      uint32_t tag = dictionary_->TagId(word);
      if (!dictionary_->TagNames()[tag].empty()) return tag;
    }
    size_t size = last - first + 1, ascii = 0, digits = 0;
    for (size_t i = 0; i < size && ascii < size / 2; i++) {
      if (first[i] < 0x80) {
        ascii++;
        if (first[i] >= '0' && first[i] <= '9') digits++;
      }
    }
    if (ascii == 0) return x_;
    return digits == ascii ? m_ : eng_;
  }
};

}  // namespace policykg

#endif
