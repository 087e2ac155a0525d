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
  // Base64 of ASCII digits: each 3 digits give these 4 characters; 2 or 1
  // digits left over give the first 3 or 2 (the last with zero low bits).
  const char* digit_groups[] = {"MNO", "DTjz", "AEIMQUYcgk", "w-z0-5"};
  for (size_t digits : {17, 18, 19}) {
    matching::WordShape id;
    for (size_t d = 0; d + 3 <= digits; d += 3) id.classes.insert(id.classes.end(), digit_groups, digit_groups + 4);
    if (digits % 3 == 2) id.classes.insert(id.classes.end(), digit_groups, digit_groups + 3);
    if (digits % 3 == 1) id.classes.insert(id.classes.end(), {"MNO", "AQgw"});
    id.member = kDiscordIdWordShape;
    shapes.push_back(std::move(id));
  }
  return shapes;
}

}  // namespace

matching::CueGroupMember WordShapeCue(WordShapeMember member) {
  static const auto group = matching::WordShapeGroup(WordShapeList());
  return {group, member};
}

}  // namespace convoguard::recognizers
