// The segmenter's dictionary: every word with its weight (log of its share of the dictionary's frequencies) and its
// part-of-speech tag, read as cppjieba's DictTrie reads them (the main dictionary's lines "word frequency tag"; the
// user dictionary's "word", "word tag" or "word frequency tag", a word without a frequency taking the median weight of
// the main dictionary's words), so that cutting with it gives cppjieba's words exactly. Words inserted later take the
// median weight too. The look-up trie is rebuilt on the first look-up after a change.
#ifndef POLICY_KG_DICTIONARY_HPP
#define POLICY_KG_DICTIONARY_HPP

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "cppjieba/Unicode.hpp"
#include "limonp/StringUtil.hpp"
#include "wordTrie.hpp"

namespace policykg {

class Dictionary {
 public:
  Dictionary(const std::string& dictionaryPath, const std::string& userDictionaryPath) {
    std::vector<double> frequencies;
    ReadLines(dictionaryPath, [&](const std::string& line) {
      std::vector<std::string> columns;
      limonp::Split(line, columns, " ");
      if (columns.size() != 3) throw std::runtime_error("dictionary line without three columns: " + line);
      if (Add(columns[0], 0.0, columns[2])) frequencies.push_back(std::atof(columns[1].c_str()));
    });
    if (frequencies.empty()) throw std::runtime_error("empty dictionary: " + dictionaryPath);
    for (double f : frequencies) frequencySum_ += f;
    for (size_t k = 0; k < frequencies.size(); k++) weight_[k] = std::log(frequencies[k] / frequencySum_);
    std::vector<double> sorted(weight_);
    std::sort(sorted.begin(), sorted.end());
    minWeight_ = sorted.front();
    defaultWeight_ = sorted[sorted.size() / 2];
    ReadLines(userDictionaryPath, [&](const std::string& line) {
      std::vector<std::string> columns;
      limonp::Split(line, columns, " ");
      size_t before = weight_.size();
      if (columns.size() == 1) Add(columns[0], defaultWeight_, "");
      else if (columns.size() == 2) Add(columns[0], defaultWeight_, columns[1]);
      else if (columns.size() == 3) Add(columns[0], std::log(1.0 * std::atoi(columns[1].c_str()) / frequencySum_), columns[2]);
      if (weight_.size() > before && length_.back() == 1 && runes_[start_.back()] < userSingles_.size()) userSingles_[runes_[start_.back()]] = true;
    });
  }

  // Adds a word (as cppjieba's InsertUserWord: the median weight); false when it is not UTF-8.
  bool Insert(const std::string& word, const std::string& tag) { return Add(word, defaultWeight_, tag); }

  // The look-up trie: its value for a word is the word's entry (its weight and tag).
  const WordTrie& Trie() {
    if (dirty_) {
      trie_.Build(runes_, start_, length_, EntriesOfWords());
      dirty_ = false;
    }
    return trie_;
  }

  double Weight(int32_t entry) const { return entries_[entry].weight; }
  uint32_t TagId(int32_t entry) const { return entries_[entry].tag; }
  double MinWeight() const { return minWeight_; }
  // A single character the user dictionary lists: cut as a word of its own, never handed to the HMM.
  bool IsUserSingle(uint32_t rune) const { return rune < userSingles_.size() && userSingles_[rune]; }

  // The id of a tag (ids are given in order of first use).
  uint32_t Intern(const std::string& tag) {
    auto found = tagIds_.find(tag);
    if (found != tagIds_.end()) return found->second;
    uint32_t id = static_cast<uint32_t>(tagNames_.size());
    tagNames_.push_back(tag);
    tagIds_.emplace(tag, id);
    return id;
  }
  const std::vector<std::string>& TagNames() const { return tagNames_; }

 private:
  std::vector<uint32_t> runes_;
  std::vector<uint32_t> start_;
  std::vector<uint16_t> length_;
  std::vector<double> weight_;
  std::vector<uint32_t> tag_;
  // Note: a bit per code point (136 KB) instead of a hash set: asked for every single character the cut leaves.
  std::vector<bool> userSingles_ = std::vector<bool>(0x110000, false);
  std::unordered_map<std::string, uint32_t> tagIds_;
  std::vector<std::string> tagNames_;
  double frequencySum_ = 0.0;
  double minWeight_ = 0.0;
  double defaultWeight_ = 0.0;
  // A weight and a tag, the trie's value for every word that has them.
  // Note: ~17,000 entries (270 KB) for ~350,000 words: the cut's weight look-ups hit a table that stays in the cache,
  // not a random place of 2.8 MB of weights by word.
  struct Entry {
    double weight;
    uint32_t tag;
  };
  std::vector<Entry> entries_;
  WordTrie trie_;
  bool dirty_ = true;

  // Fills entries_ with every word's (weight, tag) once; returns each word's entry.
  std::vector<int32_t> EntriesOfWords() {
    struct Key {
      uint64_t weight;
      uint32_t tag;
      bool operator==(const Key& other) const { return weight == other.weight && tag == other.tag; }
    };
    struct Hash {
      size_t operator()(const Key& key) const { return std::hash<uint64_t>()(key.weight * 31 + key.tag); }
    };
    std::unordered_map<Key, int32_t, Hash> ids;
    std::vector<int32_t> entries(weight_.size());
    entries_.clear();
    for (size_t k = 0; k < weight_.size(); k++) {
      Key key{0, tag_[k]};
      std::memcpy(&key.weight, &weight_[k], sizeof key.weight);
      auto found = ids.emplace(key, static_cast<int32_t>(entries_.size()));
      if (found.second) entries_.push_back(Entry{weight_[k], tag_[k]});
      entries[k] = found.first->second;
    }
    entries_.shrink_to_fit();
    return entries;
  }

  template <typename Each>
  static void ReadLines(const std::string& path, Each each) {
    std::ifstream in(path);
    if (!in.is_open()) throw std::runtime_error("cannot open " + path);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty()) each(line);
    }
  }

  bool Add(const std::string& word, double weight, const std::string& tag) {
    cppjieba::Unicode decoded;
    if (!cppjieba::DecodeUTF8RunesInString(word, decoded) || decoded.size() == 0 || decoded.size() > UINT16_MAX) return false;
    start_.push_back(static_cast<uint32_t>(runes_.size()));
    runes_.insert(runes_.end(), decoded.begin(), decoded.end());
    length_.push_back(static_cast<uint16_t>(decoded.size()));
    weight_.push_back(weight);
    tag_.push_back(Intern(tag));
    dirty_ = true;
    return true;
  }
};

}  // namespace policykg

#endif
