// A read-only trie over words (sequences of code points), laid out in flat arrays: each node's children are contiguous
// and sorted by code point, the root's children are found through a table indexed by code point and the children of a
// node with many through a hash table. Built once from the dictionary's words; cppjieba's own trie keeps a hash map per
// node, which made its look-ups most of the cutting time and its nodes ~130 MB of memory.
#ifndef POLICY_KG_WORD_TRIE_HPP
#define POLICY_KG_WORD_TRIE_HPP

#include <algorithm>
#include <cstdint>
#include <deque>
#include <vector>

namespace policykg {

class WordTrie {
 public:
  static constexpr int32_t kNone = -1;
  static constexpr uint32_t kRoot = 0;

  // `words` is a flat list of code points; word k is runes[starts[k] .. starts[k] + lengths[k]) and has value values[k].
  // A word given more than once keeps the value of its last occurrence (as a dictionary's later line, or a word inserted
  // later, wins).
  void Build(const std::vector<uint32_t>& runes, const std::vector<uint32_t>& starts, const std::vector<uint16_t>& lengths,
             const std::vector<int32_t>& values) {
    std::vector<uint32_t> order(starts.size());
    for (uint32_t k = 0; k < order.size(); k++) order[k] = k;
    auto less = [&](uint32_t a, uint32_t b) {
      const uint32_t* x = runes.data() + starts[a];
      const uint32_t* y = runes.data() + starts[b];
      uint32_t n = std::min(lengths[a], lengths[b]);
      for (uint32_t i = 0; i < n; i++) {
        if (x[i] != y[i]) return x[i] < y[i];
      }
      if (lengths[a] != lengths[b]) return lengths[a] < lengths[b];
      return a < b;
    };
    std::sort(order.begin(), order.end(), less);

    rune_.assign(1, 0);
    first_.assign(1, 0);
    count_.assign(1, 0);
    value_.assign(1, kNone);
    // Breadth first: a node's children are appended together, so they are contiguous and (the words being sorted) in
    // code point order.
    struct Pending { uint32_t node, lo, hi, depth; };
    std::deque<Pending> queue{{kRoot, 0, static_cast<uint32_t>(order.size()), 0}};
    while (!queue.empty()) {
      Pending p = queue.front();
      queue.pop_front();
      uint32_t lo = p.lo;
      // The words that end here sort first; the last of them is the node's value.
      while (lo < p.hi && lengths[order[lo]] == p.depth) value_[p.node] = values[order[lo++]];
      first_[p.node] = static_cast<uint32_t>(rune_.size());
      while (lo < p.hi) {
        uint32_t r = runes[starts[order[lo]] + p.depth];
        uint32_t hi = lo + 1;
        while (hi < p.hi && runes[starts[order[hi]] + p.depth] == r) hi++;
        uint32_t child = static_cast<uint32_t>(rune_.size());
        rune_.push_back(r);
        first_.push_back(0);
        count_.push_back(0);
        value_.push_back(kNone);
        count_[p.node]++;
        queue.push_back({child, lo, hi, p.depth + 1});
        lo = hi;
      }
    }
    BuildWide();
    root_.assign(kRootTable, kNone);
    for (uint32_t c = first_[kRoot]; c < first_[kRoot] + count_[kRoot]; c++) {
      if (rune_[c] < kRootTable) root_[rune_[c]] = static_cast<int32_t>(c);
    }
    rune_.shrink_to_fit();
    first_.shrink_to_fit();
    count_.shrink_to_fit();
    value_.shrink_to_fit();
  }

  // The child of `node` along code point `r`, or kNone.
  int32_t Child(uint32_t node, uint32_t r) const {
    if (node == kRoot && r < kRootTable) return root_[r];
    uint32_t lo = first_[node];
    uint32_t hi = lo + count_[node];
    // Note: most nodes have a few children, where a scan beats the table of wide nodes.
    if (hi - lo <= kScan) {
      for (uint32_t c = lo; c < hi; c++) {
        if (rune_[c] == r) return static_cast<int32_t>(c);
      }
      return kNone;
    }
    for (uint32_t slot = Hash(node, r);; slot = (slot + 1) & wideMask_) {
      uint32_t c = wide_[slot];
      if (c == kEmpty) return kNone;
      if (c >= lo && c < hi && rune_[c] == r) return static_cast<int32_t>(c);
    }
  }

  // The value of the word ending at `node`, or kNone.
  int32_t Value(uint32_t node) const { return value_[node]; }

 private:
  static constexpr uint32_t kRootTable = 0x10000;
  static constexpr uint32_t kScan = 8;
  static constexpr uint32_t kEmpty = UINT32_MAX;
  // Note: the children of a node with more than kScan of them (a common first character has hundreds) are found in an
  // open-addressing table keyed by (node, code point), at most half full (2 MB): a binary search over them missed the
  // cache and mispredicted at every step (a quarter of the cutting time). A slot holds a child; it is the node's when
  // it lies among the node's children and leads along the code point.
  std::vector<uint32_t> wide_;
  uint32_t wideMask_ = 0;

  // The first slot to probe for the child of `node` along code point `r`.
  uint32_t Hash(uint32_t node, uint32_t r) const {
    uint64_t key = (static_cast<uint64_t>(node) << 21 | r) * 0x9E3779B97F4A7C15ull;
    return static_cast<uint32_t>(key >> 32) & wideMask_;
  }

  // Fills the table of the children of nodes with more than kScan children.
  void BuildWide() {
    size_t entries = 0;
    for (uint32_t node = 0; node < count_.size(); node++) {
      if (count_[node] > kScan) entries += count_[node];
    }
    size_t slots = 16;
    while (slots < 2 * entries) slots *= 2;
    wide_.assign(slots, kEmpty);
    wideMask_ = static_cast<uint32_t>(slots - 1);
    for (uint32_t node = 0; node < count_.size(); node++) {
      if (count_[node] <= kScan) continue;
      for (uint32_t c = first_[node]; c < first_[node] + count_[node]; c++) {
        uint32_t slot = Hash(node, rune_[c]);
        while (wide_[slot] != kEmpty) slot = (slot + 1) & wideMask_;
        wide_[slot] = c;
      }
    }
  }

  std::vector<uint32_t> rune_;
  std::vector<uint32_t> first_;
  std::vector<uint32_t> count_;
  std::vector<int32_t> value_;
  std::vector<int32_t> root_;
};

}  // namespace policykg

#endif
