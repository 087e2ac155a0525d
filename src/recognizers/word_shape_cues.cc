#include "recognizers/word_shape_cues.h"

#include <memory>
#include <string>
#include <vector>

#include "matching/word_shapes.h"

namespace convoguard::recognizers {
namespace {

std::vector<matching::WordShape> WordShapeList() {
  std::vector<matching::WordShape> shapes = {
      {{"A-Z", "A-Z", "A-Z", "A-Z", "A-Z", "A-Z", "0-9LMNPQRSTUV", "0-9LMNPQRSTUV", "ABCDEHLMPRST",
        "0-9LMNPQRSTUV", "0-9LMNPQRSTUV", "A-Z", "0-9LMNPQRSTUV", "0-9LMNPQRSTUV", "0-9LMNPQRSTUV", "A-Z"},
       true,
       kFiscalCodeShape},
  };
  for (size_t length = 26; length <= 35; ++length) {
    matching::WordShape s;
    s.classes.assign(length, "1-9A-HJ-NP-Za-km-z");
    s.classes[0] = "13";
    s.member = kBitcoinBase58Shape;
    shapes.push_back(std::move(s));
  }
  matching::WordShape mailgun;
  mailgun.classes.assign(32, "0-9a-f");
  mailgun.member = kMailgunKeyWordShape;
  shapes.push_back(std::move(mailgun));
  return shapes;
}

}  // namespace

matching::CueGroupMember WordShapeCue(WordShapeMember member) {
  static const auto group = matching::WordShapeGroup(WordShapeList());
  return {group, member};
}

}  // namespace convoguard::recognizers
