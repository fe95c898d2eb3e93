// cppjieba's HMM segmentation (HMMSegment::Cut: runs of ASCII letters and digits by its rules, the rest by Viterbi over
// the four states B, E, M, S) with the model's emission probabilities in flat tables instead of a hash map per state:
// one look-up per character gives its four emissions. Same additions in the same order as cppjieba's Viterbi, so the
// same cut on every input.
#ifndef POLICY_KG_HMM_HPP
#define POLICY_KG_HMM_HPP

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "cppjieba/HMMModel.hpp"

namespace policykg {

class Hmm {
 public:
  // A word of the cut: its first and last rune index (inclusive), relative to the start of the cut runes.
  struct Range {
    size_t first, last;
  };

  // Reads cppjieba's HMM model file (cppjieba ends the process on a missing or malformed one).
  explicit Hmm(const std::string& modelPath) {
    cppjieba::HMMModel model(modelPath);
    for (size_t y = 0; y < kStates; y++) {
      start_[y] = model.startProb[y];
      for (size_t z = 0; z < kStates; z++) trans_[y][z] = model.transProb[y][z];
    }
    emit_.push_back(Row{cppjieba::MIN_DOUBLE, cppjieba::MIN_DOUBLE, cppjieba::MIN_DOUBLE, cppjieba::MIN_DOUBLE});
    for (size_t y = 0; y < kStates; y++) {
      for (const auto& entry : *model.emitProbVec[y]) emit_[RowIndex(entry.first)][y] = entry.second;
    }
  }

  // Cuts runes [begin, end) as cppjieba's HMMSegment::Cut does: an ASCII letter starts a run of letters and digits, a
  // digit a run of digits and dots, any other ASCII character stands alone; the runs between them go to Viterbi.
  // Appends each word's rune range to `words`.
  void Cut(const uint32_t* begin, const uint32_t* end, std::vector<Range>& words) {
    const uint32_t* left = begin;
    const uint32_t* right = begin;
    while (right != end) {
      if (*right >= 0x80) {
        right++;
        continue;
      }
      if (left != right) Viterbi(begin, left, right, words);
      left = right;
      right = SequentialLetters(left, end);
      if (right == left) right = Numbers(left, end);
      if (right == left) right++;
      words.push_back({static_cast<size_t>(left - begin), static_cast<size_t>(right - 1 - begin)});
      left = right;
    }
    if (left != right) Viterbi(begin, left, right, words);
  }

 private:
  static constexpr size_t kStates = cppjieba::HMMModel::STATUS_SUM;
  static constexpr size_t kE = cppjieba::HMMModel::E;
  static constexpr size_t kS = cppjieba::HMMModel::S;
  static constexpr uint32_t kDirect = 0x10000;
  using Row = std::array<double, kStates>;
  // Each known character's four emissions; row 0 is a character the model does not know (MIN_DOUBLE, cppjieba's default).
  std::vector<Row> emit_;
  // Note: a 16-bit row per BMP code point (128 KB) instead of four hash maps; code points beyond it (the model has
  // none) in a map.
  std::vector<uint16_t> direct_ = std::vector<uint16_t>(kDirect, 0);
  std::unordered_map<uint32_t, uint32_t> astral_;
  double start_[kStates];
  double trans_[kStates][kStates];
  // Per Viterbi run, kept between calls: the best weight and previous state per position and state, and the states.
  std::vector<double> weight_;
  std::vector<int8_t> path_;
  std::vector<uint8_t> status_;

  // The row of code point `r`, added when new (at load).
  uint32_t RowIndex(uint32_t r) {
    uint32_t row = r < kDirect ? direct_[r] : astral_[r];
    if (row != 0) return row;
    row = static_cast<uint32_t>(emit_.size());
    emit_.push_back(emit_[0]);
    if (r >= kDirect) {
      astral_[r] = row;
    } else if (row > UINT16_MAX) {
      throw std::runtime_error("HMM model with more than 65535 characters");
    } else {
      direct_[r] = static_cast<uint16_t>(row);
    }
    return row;
  }

  const Row& Emission(uint32_t r) const {
    if (r < kDirect) return emit_[direct_[r]];
    auto found = astral_.find(r);
    return emit_[found == astral_.end() ? 0 : found->second];
  }

  // cppjieba's SequentialLetterRule: an ASCII letter, then letters and digits; `begin` when it is no letter.
  static const uint32_t* SequentialLetters(const uint32_t* begin, const uint32_t* end) {
    if (!IsLetter(*begin)) return begin;
    begin++;
    while (begin != end && (IsLetter(*begin) || IsDigit(*begin))) begin++;
    return begin;
  }

  // cppjieba's NumbersRule: a digit, then digits and dots; `begin` when it is no digit.
  static const uint32_t* Numbers(const uint32_t* begin, const uint32_t* end) {
    if (!IsDigit(*begin)) return begin;
    begin++;
    while (begin != end && (IsDigit(*begin) || *begin == '.')) begin++;
    return begin;
  }

  static bool IsLetter(uint32_t r) { return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z'); }
  static bool IsDigit(uint32_t r) { return '0' <= r && r <= '9'; }

  // cppjieba's InternalCut: the most probable states of runes [left, right), a word ending at each E or S. Ranges are
  // appended relative to `base`.
  void Viterbi(const uint32_t* base, const uint32_t* left, const uint32_t* right, std::vector<Range>& words) {
    size_t n = right - left;
    BestStates(left, n);
    size_t offset = left - base, first = 0;
    for (size_t x = 0; x < n; x++) {
      if (status_[x] == kE || status_[x] == kS) {
        words.push_back({offset + first, offset + x});
        first = x + 1;
      }
    }
  }

  // cppjieba's Viterbi over runes[0, n) into status_: for each position and state the best previous state (the first
  // among equals) by weight + transition + emission, added in that order; the last state E unless S weighs more.
  void BestStates(const uint32_t* runes, size_t n) {
    weight_.resize(n * kStates);
    path_.resize(n * kStates);
    status_.resize(n);
    const Row& first = Emission(runes[0]);
    for (size_t y = 0; y < kStates; y++) {
      weight_[y] = start_[y] + first[y];
      path_[y] = -1;
    }
    for (size_t x = 1; x < n; x++) {
      const Row& emit = Emission(runes[x]);
      const double* before = &weight_[(x - 1) * kStates];
      for (size_t y = 0; y < kStates; y++) {
        double best = cppjieba::MIN_DOUBLE;
        int8_t from = static_cast<int8_t>(kE);
        for (size_t z = 0; z < kStates; z++) {
          double value = before[z] + trans_[z][y] + emit[y];
          if (value > best) {
            best = value;
            from = static_cast<int8_t>(z);
          }
        }
        weight_[x * kStates + y] = best;
        path_[x * kStates + y] = from;
      }
    }
    const double* last = &weight_[(n - 1) * kStates];
    size_t state = last[kE] >= last[kS] ? kE : kS;
    for (size_t x = n; x-- > 0;) {
      status_[x] = static_cast<uint8_t>(state);
      state = static_cast<size_t>(path_[x * kStates + state]);
    }
  }
};

}  // namespace policykg

#endif
