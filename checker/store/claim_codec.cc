#include "checker/store/claim_codec.h"

#include <cstring>

namespace figcheck {
namespace {

// Optional values and flags share one byte of presence bits.
enum Present : uint8_t {
  kLow = 1, kHigh = 2, kAsOf = 4, kResolution = 8, kAsOfStated = 16, kUnitMismatch = 32,
};

void EncodeSigned(int64_t v, std::string* out) {
  EncodeVarint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63), out);  // zigzag
}

bool DecodeSigned(std::string_view* in, int64_t* v) {
  uint64_t u = 0;
  if (!DecodeVarint(in, &u)) return false;
  *v = static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1);
  return true;
}

void EncodeDouble(double d, std::string* out) {
  char bytes[sizeof d];
  std::memcpy(bytes, &d, sizeof d);
  out->append(bytes, sizeof d);
}

bool DecodeDouble(std::string_view* in, double* d) {
  if (in->size() < sizeof *d) return false;
  std::memcpy(d, in->data(), sizeof *d);
  in->remove_prefix(sizeof *d);
  return true;
}

void EncodeDate(const CivilDate& d, std::string* out) {
  EncodeSigned(d.year, out);
  EncodeVarint(static_cast<uint64_t>(d.month), out);
  EncodeVarint(static_cast<uint64_t>(d.day), out);
  EncodeVarint(static_cast<uint64_t>(d.precision), out);
}

bool DecodeDate(std::string_view* in, CivilDate* d) {
  int64_t year = 0;
  uint64_t month = 0, day = 0, precision = 0;
  if (!DecodeSigned(in, &year) || !DecodeVarint(in, &month) || !DecodeVarint(in, &day) ||
      !DecodeVarint(in, &precision) || precision > static_cast<uint64_t>(CivilDate::Precision::kDay)) {
    return false;
  }
  *d = {static_cast<int>(year), static_cast<int>(month), static_cast<int>(day),
        static_cast<CivilDate::Precision>(precision)};
  return true;
}

// A small enum: its number, checked against the last member on the way back.
template <typename E>
bool DecodeEnum(std::string_view* in, E last, E* e) {
  uint64_t v = 0;
  if (!DecodeVarint(in, &v) || v > static_cast<uint64_t>(last)) return false;
  *e = static_cast<E>(v);
  return true;
}

bool DecodeClaimFields(std::string_view* in, Claim* c) {
  int64_t line = 0, column = 0, sentence = 0;
  uint64_t present = 0, context_begin = 0, context_end = 0, count = 0;
  std::string value, low, high, resolution;
  if (!DecodeBytes(in, &c->doc) || !DecodeSigned(in, &line) || !DecodeSigned(in, &column) ||
      !DecodeBytes(in, &c->text) || !DecodeBytes(in, &c->entity) || !DecodeDouble(in, &c->confidence) ||
      !DecodeBytes(in, &c->metric) || !DecodeEnum(in, Dimension::kOther, &c->dimension) ||
      !DecodeBytes(in, &value) || !DecodeBytes(in, &c->unit) || !DecodeEnum(in, Qualifier::kVague, &c->qualifier) ||
      !DecodeVarint(in, &present)) {
    return false;
  }
  c->line = static_cast<int>(line);
  c->column = static_cast<int>(column);
  c->value = FigureValue::Read(c->dimension, std::move(value));
  if ((present & kLow) != 0) {
    if (!DecodeBytes(in, &low)) return false;
    c->low = FigureValue::Read(c->dimension, std::move(low));
  }
  if ((present & kHigh) != 0) {
    if (!DecodeBytes(in, &high)) return false;
    c->high = FigureValue::Read(c->dimension, std::move(high));
  }
  if ((present & kAsOf) != 0) {
    CivilDate d;
    if (!DecodeDate(in, &d)) return false;
    c->as_of = d;
  }
  if ((present & kResolution) != 0) {
    if (!DecodeBytes(in, &resolution)) return false;
    c->resolution = Decimal::Parse(resolution);
    if (!c->resolution) return false;
  }
  c->as_of_stated = (present & kAsOfStated) != 0;
  c->unit_mismatch = (present & kUnitMismatch) != 0;
  if (!DecodeBytes(in, &c->rule) || !DecodeVarint(in, &count)) return false;
  c->aspects.clear();
  for (uint64_t i = 0; i < count; ++i) {
    Aspect a;
    if (!DecodeEnum(in, Aspect::Kind::kPart, &a.kind) || !DecodeBytes(in, &a.name)) return false;
    c->aspects.push_back(std::move(a));
  }
  if (!DecodeVarint(in, &count)) return false;
  c->candidates.clear();
  for (uint64_t i = 0; i < count; ++i) {
    EntityCandidate e;
    uint64_t features = 0;
    if (!DecodeBytes(in, &e.entity) || !DecodeDouble(in, &e.score) || !DecodeVarint(in, &features)) return false;
    e.features = static_cast<FeatureSet>(features);
    c->candidates.push_back(std::move(e));
  }
  if (!DecodeBytes(in, &c->attribution) || !DecodeSigned(in, &sentence) || !DecodeBytes(in, &c->context) ||
      !DecodeVarint(in, &context_begin) || !DecodeVarint(in, &context_end)) {
    return false;
  }
  c->sentence = static_cast<long>(sentence);
  c->context_begin = static_cast<size_t>(context_begin);
  c->context_end = static_cast<size_t>(context_end);
  return true;
}

}  // namespace

void EncodeVarint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

bool DecodeVarint(std::string_view* in, uint64_t* v) {
  uint64_t result = 0;
  for (int shift = 0; shift < 64 && !in->empty(); shift += 7) {
    const auto byte = static_cast<unsigned char>(in->front());
    in->remove_prefix(1);
    result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) {
      *v = result;
      return true;
    }
  }
  return false;
}

void EncodeBytes(std::string_view bytes, std::string* out) {
  EncodeVarint(bytes.size(), out);
  out->append(bytes);
}

bool DecodeBytes(std::string_view* in, std::string* bytes) {
  uint64_t n = 0;
  if (!DecodeVarint(in, &n) || n > in->size()) return false;
  bytes->assign(in->data(), static_cast<size_t>(n));
  in->remove_prefix(static_cast<size_t>(n));
  return true;
}

void EncodeClaim(const Claim& c, std::string* out) {
  EncodeBytes(c.doc, out);
  EncodeSigned(c.line, out);
  EncodeSigned(c.column, out);
  EncodeBytes(c.text, out);
  EncodeBytes(c.entity, out);
  EncodeDouble(c.confidence, out);
  EncodeBytes(c.metric, out);
  EncodeVarint(static_cast<uint64_t>(c.dimension), out);
  EncodeBytes(c.value.Text(), out);
  EncodeBytes(c.unit, out);
  EncodeVarint(static_cast<uint64_t>(c.qualifier), out);
  uint64_t present = (c.low ? kLow : 0) | (c.high ? kHigh : 0) | (c.as_of ? kAsOf : 0) |
                     (c.resolution ? kResolution : 0) | (c.as_of_stated ? kAsOfStated : 0) |
                     (c.unit_mismatch ? kUnitMismatch : 0);
  EncodeVarint(present, out);
  if (c.low) EncodeBytes(c.low->Text(), out);
  if (c.high) EncodeBytes(c.high->Text(), out);
  if (c.as_of) EncodeDate(*c.as_of, out);
  if (c.resolution) EncodeBytes(c.resolution->ToString(), out);
  EncodeBytes(c.rule, out);
  EncodeVarint(c.aspects.size(), out);
  for (const Aspect& a : c.aspects) {
    EncodeVarint(static_cast<uint64_t>(a.kind), out);
    EncodeBytes(a.name, out);
  }
  EncodeVarint(c.candidates.size(), out);
  for (const EntityCandidate& e : c.candidates) {
    EncodeBytes(e.entity, out);
    EncodeDouble(e.score, out);
    EncodeVarint(static_cast<uint64_t>(e.features), out);
  }
  EncodeBytes(c.attribution, out);
  EncodeSigned(c.sentence, out);
  EncodeBytes(c.context, out);
  EncodeVarint(c.context_begin, out);
  EncodeVarint(c.context_end, out);
}

Status DecodeClaim(std::string_view* in, Claim* c) {
  if (!DecodeClaimFields(in, c)) return Status::Internal("a claim read back from a temporary file is damaged");
  return Status::Ok();
}

}  // namespace figcheck
