// ClaimCodec: a claim as bytes and back, for figcheck's own temporary files.
//
// Contract: DecodeClaim(EncodeClaim(c)) gives back every field of c (the
// explain text, the candidates and the sentence context included), so a
// claim that went through a file compares, scores and prints exactly as one
// that stayed in memory. The format is private to one run of one binary
// (enums as their numbers, no version): never keep it, never read another
// program's. DecodeClaim reads one claim from the front of `in` and advances
// it; bytes that end early or do not read as a claim are an Internal Status.
#ifndef FIGCHECK_STORE_CLAIM_CODEC_H_
#define FIGCHECK_STORE_CLAIM_CODEC_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "checker/claims/claim.h"
#include "checker/util/status.h"

namespace figcheck {

// Appends `c` to `out`.
void EncodeClaim(const Claim& c, std::string* out);
Status DecodeClaim(std::string_view* in, Claim* c);

// The primitives the codec is made of, for records that hold a claim and more.
void EncodeVarint(uint64_t v, std::string* out);
void EncodeBytes(std::string_view bytes, std::string* out);
bool DecodeVarint(std::string_view* in, uint64_t* v);
bool DecodeBytes(std::string_view* in, std::string* bytes);

}  // namespace figcheck

#endif  // FIGCHECK_STORE_CLAIM_CODEC_H_
