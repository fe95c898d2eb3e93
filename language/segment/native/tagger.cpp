// The segmenter's native part, for Node: Tagger wraps the engine (segmenter.hpp: cppjieba's mixed segmentation over a
// flat dictionary trie of our own instead of cppjieba's DictTrie, whose hash map per trie node made its look-ups most of
// the cutting time and its nodes ~130 MB per process; nodejieba's own load() also builds keyword and TextRank
// extractors, the latter with a second copy of the whole dictionary trie).
//
// Tagger.tag(text) answers with offsets instead of strings: (code point offset, code point length, tag id) per word in the
// Tagger's Uint32Array spans(), so no JavaScript string or object is made per word here; it returns the number of words.
// tagNames() maps tag ids to tags. The words and tags
// are nodejieba's exactly (test/language/jiebaBinding.test.ts compares the two on every fixture text).
#include <napi.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "segmenter.hpp"

namespace {

// One loaded segmenter: new Tagger(dictionary, hmmModel, userDictionary). Each instance owns its dictionaries, so
// loading one never resets another (nodejieba's load() resets the process-wide one).
class Tagger : public Napi::ObjectWrap<Tagger> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "Tagger", {
        InstanceMethod("insertWord", &Tagger::InsertWord),
        InstanceMethod("tag", &Tagger::Tag),
        InstanceMethod("spans", &Tagger::Spans),
        InstanceMethod("tagNames", &Tagger::TagNames),
    });
  }

  // The caller checks that the files exist: cppjieba's HMM model ends the process on a missing one.
  explicit Tagger(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Tagger>(info) {
    std::string dict = StringArg(info, 0, "dictionary path");
    std::string model = StringArg(info, 1, "HMM model path");
    std::string user = StringArg(info, 2, "user dictionary path");
    try {
      segmenter_ = std::make_unique<policykg::Segmenter>(dict, model, user);
    } catch (const std::exception& e) {
      throw Napi::Error::New(info.Env(), std::string("jieba_tagger: ") + e.what());
    }
    spans_ = Napi::Persistent(Napi::Uint32Array::New(info.Env(), kInitialSpans));
  }

 private:
  std::unique_ptr<policykg::Segmenter> segmenter_;
  // The text and the words of the last call, kept between calls.
  std::vector<char16_t> text_;
  std::vector<uint32_t> out_;
  // Note: the words go into one Uint32Array per Tagger, replaced only when a text has more: a new typed array per call
  // (an ArrayBuffer with a backing store of its own for V8 to track and collect) cost more than the copy.
  static constexpr size_t kInitialSpans = 3 * 1024;
  Napi::Reference<Napi::Uint32Array> spans_;

  static std::string StringArg(const Napi::CallbackInfo& info, size_t i, const char* what) {
    if (info.Length() <= i || !info[i].IsString()) {
      throw Napi::TypeError::New(info.Env(), std::string("jieba_tagger: ") + what + " must be a string");
    }
    return info[i].As<Napi::String>().Utf8Value();
  }

  // Copies the first argument, a string, into text_ as V8 holds it (UTF-16); returns its length.
  // Note: UTF-16 is V8's own form (its length is known, its copy a memcpy or a widening); UTF-8 took a pass to measure
  // the encoded length, another to encode it and the segmenter's a third to decode it.
  size_t ReadText(const Napi::CallbackInfo& info) {
    if (info.Length() < 1 || !info[0].IsString()) throw Napi::TypeError::New(info.Env(), "jieba_tagger: text must be a string");
    size_t length = 0;
    napi_status status = napi_get_value_string_utf16(info.Env(), info[0], nullptr, 0, &length);
    NAPI_THROW_IF_FAILED(info.Env(), status, 0);
    text_.resize(length + 1);
    status = napi_get_value_string_utf16(info.Env(), info[0], text_.data(), text_.size(), &length);
    NAPI_THROW_IF_FAILED(info.Env(), status, 0);
    return length;
  }

  Napi::Value InsertWord(const Napi::CallbackInfo& info) {
    std::string word = StringArg(info, 0, "word");
    std::string tag = info.Length() > 1 ? StringArg(info, 1, "tag") : std::string("x");
    return Napi::Boolean::New(info.Env(), segmenter_->Insert(word, tag));
  }

  // Cuts and tags the text as nodejieba's tag(text) does; (code point offset, code point length, tag id) per word go into
  // spans() (a new, bigger array when they do not fit). Returns the number of words.
  Napi::Value Tag(const Napi::CallbackInfo& info) {
    size_t length = ReadText(info);
    out_.clear();
    segmenter_->Tag(text_.data(), length, out_);
    Napi::Uint32Array spans = spans_.Value();
    if (spans.ElementLength() < out_.size()) {
      spans = Napi::Uint32Array::New(info.Env(), std::max(out_.size(), 2 * spans.ElementLength()));
      spans_ = Napi::Persistent(spans);
    }
    std::copy(out_.begin(), out_.end(), spans.Data());
    return Napi::Number::New(info.Env(), static_cast<double>(out_.size() / 3));
  }

  // The array tag() writes into: the same one until a text has more words than it holds.
  Napi::Value Spans(const Napi::CallbackInfo&) { return spans_.Value(); }

  Napi::Value TagNames(const Napi::CallbackInfo& info) {
    const auto& names = segmenter_->TagNames();
    Napi::Array result = Napi::Array::New(info.Env(), names.size());
    for (size_t i = 0; i < names.size(); i++) result[i] = Napi::String::New(info.Env(), names[i]);
    return result;
  }
};

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("Tagger", Tagger::Define(env));
  return exports;
}

}  // namespace

NODE_API_MODULE(jieba_tagger, Init)
