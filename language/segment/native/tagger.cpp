// The segmenter's native part: cppjieba (the engine nodejieba ships) reduced to what ingest uses — one dictionary
// trie, one HMM model, the mixed segmenter and its part-of-speech look-up. nodejieba's own load() also builds keyword
// and TextRank extractors, the latter with a second copy of the whole dictionary trie (~130 MB per process).
//
// Tagger.tag(text) answers with offsets instead of strings: a Uint32Array of (code point offset, code point length, tag id)
// per word, so no JavaScript string or object is made per word here; tagNames() maps tag ids to tags.
#include <napi.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "cppjieba/MixSegment.hpp"

namespace {

// One loaded segmenter: new Tagger(dictionary, hmmModel, userDictionary). Each instance owns its dictionaries, so
// loading one never resets another (nodejieba's load() resets the process-wide one).
class Tagger : public Napi::ObjectWrap<Tagger> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "Tagger", {
        InstanceMethod("insertWord", &Tagger::InsertWord),
        InstanceMethod("tag", &Tagger::Tag),
        InstanceMethod("tagNames", &Tagger::TagNames),
    });
  }

  // The caller checks that the files exist: cppjieba ends the process on a missing one.
  explicit Tagger(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Tagger>(info) {
    std::string dict = StringArg(info, 0, "dictionary path");
    std::string model = StringArg(info, 1, "HMM model path");
    std::string user = StringArg(info, 2, "user dictionary path");
    trie_ = std::make_unique<cppjieba::DictTrie>(dict, user);
    model_ = std::make_unique<cppjieba::HMMModel>(model);
    segment_ = std::make_unique<cppjieba::MixSegment>(trie_.get(), model_.get());
  }

 private:
  std::unique_ptr<cppjieba::DictTrie> trie_;
  std::unique_ptr<cppjieba::HMMModel> model_;
  std::unique_ptr<cppjieba::MixSegment> segment_;
  std::unordered_map<std::string, uint32_t> tag_ids_;
  std::vector<std::string> tag_names_;

  static std::string StringArg(const Napi::CallbackInfo& info, size_t i, const char* what) {
    if (info.Length() <= i || !info[i].IsString()) {
      throw Napi::TypeError::New(info.Env(), std::string("jieba_tagger: ") + what + " must be a string");
    }
    return info[i].As<Napi::String>().Utf8Value();
  }

  Napi::Value InsertWord(const Napi::CallbackInfo& info) {
    std::string word = StringArg(info, 0, "word");
    std::string tag = info.Length() > 1 ? StringArg(info, 1, "tag") : std::string("x");
    return Napi::Boolean::New(info.Env(), trie_->InsertUserWord(word, tag));
  }

  uint32_t TagId(const std::string& tag) {
    auto found = tag_ids_.find(tag);
    if (found != tag_ids_.end()) return found->second;
    uint32_t id = static_cast<uint32_t>(tag_names_.size());
    tag_names_.push_back(tag);
    tag_ids_.emplace(tag, id);
    return id;
  }

  // The same words and tags as nodejieba's tag(text): mixed segmentation with HMM, then the tag look-up.
  Napi::Value Tag(const Napi::CallbackInfo& info) {
    std::string text = StringArg(info, 0, "text");
    std::vector<cppjieba::Word> words;
    segment_->Cut(text, words, true);
    Napi::Uint32Array out = Napi::Uint32Array::New(info.Env(), words.size() * 3);
    for (size_t i = 0; i < words.size(); i++) {
      out[i * 3] = words[i].unicode_offset;
      out[i * 3 + 1] = words[i].unicode_length;
      out[i * 3 + 2] = TagId(segment_->LookupTag(words[i].word));
    }
    return out;
  }

  Napi::Value TagNames(const Napi::CallbackInfo& info) {
    Napi::Array names = Napi::Array::New(info.Env(), tag_names_.size());
    for (size_t i = 0; i < tag_names_.size(); i++) names[i] = Napi::String::New(info.Env(), tag_names_[i]);
    return names;
  }
};

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("Tagger", Tagger::Define(env));
  return exports;
}

}  // namespace

NODE_API_MODULE(jieba_tagger, Init)
